using System.Collections;
using Netra.Ssot.Cli.Engine.Cache;

namespace Netra.Ssot.Cli.Tests.Cache;

/// <summary>
/// Which environment variables the cache records for MSBuild evaluation (<see cref="EnvironmentReads"/>): every
/// property the evaluated files name, matched to the environment ignoring case as MSBuild does, values kept only as
/// digests; a variable of such a name set, changed or unset since is named.
/// </summary>
public sealed class EnvironmentReadsTests : IDisposable
{
    private readonly TempSolution _folder = new();

    [Fact]
    public void Properties_and_property_functions_name_the_variables_evaluation_can_read()
    {
        string props = _folder.Write(
            "Directory.Build.props",
            """
            <Project>
              <PropertyGroup Condition="'$(CI)' == 'true'"><Deterministic>true</Deterministic></PropertyGroup>
              <PropertyGroup><Stamp>$( build_Number.Trim() )</Stamp></PropertyGroup>
              <PropertyGroup><Token>$([System.Environment]::GetEnvironmentVariable('Feed_Token'))</Token></PropertyGroup>
            </Project>
            """);

        var reads = EnvironmentReads.Take(new[] { props, Path.Combine(_folder.Root, "missing.props") }, Env(("ci", "true"), ("BUILD_NUMBER", "41"), ("HOME", "/home/ci")));

        Assert.Equal(new[] { "build_Number", "CI", "Feed_Token" }, reads.Referenced);
        Assert.Equal(new[] { "BUILD_NUMBER", "ci" }, reads.Values.Keys);
        Assert.Equal("b5bea41b6c623f7c09f1bf24dcae58ebab3c0cdd90ad966bc43a45b44867e12b", reads.Values["ci"]); // SHA-256 of "true"
        Assert.DoesNotContain(reads.Values.Values, v => v is "true" or "41");
    }

    [Fact]
    public void A_named_variable_set_changed_or_unset_is_named_and_any_other_is_not()
    {
        string props = _folder.Write("a.props", "<Project><PropertyGroup><A>$(CI) $(BUILD_NUMBER) $(Feed)</A></PropertyGroup></Project>");
        var reads = EnvironmentReads.Take(new[] { props }, Env(("CI", "true"), ("BUILD_NUMBER", "41")));

        Assert.Empty(reads.Changed(Env(("CI", "true"), ("BUILD_NUMBER", "41"), ("RUNNER_TEMP", "/tmp/x"))));
        Assert.Equal(new[] { "BUILD_NUMBER", "Feed" }, reads.Changed(Env(("CI", "true"), ("BUILD_NUMBER", "42"), ("Feed", "x"))));
        Assert.Equal(new[] { "BUILD_NUMBER" }, reads.Changed(Env(("CI", "true"))));
    }

    public void Dispose() => _folder.Dispose();

    private static Hashtable Env(params (string Name, string Value)[] variables)
    {
        var environment = new Hashtable();
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
