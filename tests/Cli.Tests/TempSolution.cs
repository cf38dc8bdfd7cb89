namespace Netra.Ssot.Cli.Tests;

/// <summary>A throwaway solution folder on disk, deleted after the test.</summary>
internal sealed class TempSolution : IDisposable
{
    public TempSolution()
    {
        Root = Path.Combine(Path.GetTempPath(), "ssot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        // Keep the folder independent of whatever surrounds the temp directory.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
    }

    public string Root { get; }

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes <c>name/leaf.csproj</c>, where leaf is the last segment of <paramref name="name"/>.</summary>
    public string Project(string name, string targetFrameworks = "net10.0", string extra = "")
        => Write(
            $"{name}/{Path.GetFileName(name)}.csproj",
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>{targetFrameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              {extra}
            </Project>
            """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
