using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*WebSocketManager", "LegacyWebSocketManager", true)]
    [InlineData("*WebSocketManager", "WebSocketManager", true)]
    [InlineData("*WebSocketManager", "WebSocketManagerFactory", false)]
    [InlineData("*Ws?anager", "LegacyWsManager", true)]
    [InlineData("Mock*", "MockRouter", true)]
    [InlineData("Mock*", "mockRouter", false)]
    public void Name_globs_match_simple_names(string pattern, string name, bool expected)
        => Assert.Equal(expected, new NameGlob(pattern).IsMatch(name));

    [Theory]
    [InlineData("src/**/Legacy/**", "src/Backend/Legacy/LegacyWsManager.cs", true)]
    [InlineData("src/**/Legacy/**", "src/Legacy/X.cs", true)]
    [InlineData("src/**/Legacy/**", "src/Backend/LegacyX/X.cs", false)]
    [InlineData("src/**/Legacy/**", "tests/Legacy/X.cs", false)]
    [InlineData("**/Generated/**", "Generated/X.cs", true)]
    [InlineData("**/Generated/**", "a/b/Generated/c/X.cs", true)]
    [InlineData("tests/**", "tests/Backend.Tests/FakeTests.cs", true)]
    [InlineData("tests/**", "src/tests.cs", false)]
    [InlineData("tests/", "tests/A/B.cs", true)]
    [InlineData("./src/*.cs", "src/A.cs", true)]
    [InlineData("src/*.cs", "src/A/B.cs", false)]
    [InlineData("**/*.g.cs", "obj/Debug/X.g.cs", true)]
    [InlineData("**", "anything/at/all.cs", true)]
    public void Path_globs_match_relative_paths(string pattern, string path, bool expected)
        => Assert.Equal(expected, new PathGlob(pattern).IsMatch(path));

    [Theory]
    [InlineData("a/**/**/b", "a/b", true)]
    [InlineData("a/**/**/b", "a/x/y/b", true)]
    [InlineData("a/**/**", "a", false)]
    [InlineData("a/**/**", "a/x", true)]
    [InlineData("tests/**", "tests", false)]
    [InlineData("tests/**", "tests/", true)]
    [InlineData("**", "", true)]
    [InlineData("**/*.cs", "A.cs", true)]
    [InlineData("**/x/**/y/*.cs", "x/y/A.cs", true)]
    [InlineData("**/x/**/y/*.cs", "p/x/q/r/y/A.cs", true)]
    [InlineData("**/x/**/y/*.cs", "p/x/q/r/y/s/A.cs", false)]
    [InlineData("src/*/Legacy", "src/A/Legacy", true)]
    [InlineData("src/*/Legacy", "src/A/Legacy/B.cs", false)]
    public void Repeated_and_trailing_double_stars_keep_their_meaning(string pattern, string path, bool expected)
        => Assert.Equal(expected, new PathGlob(pattern).IsMatch(path));

    [Fact]
    public void Pathological_double_star_globs_match_and_reject_deep_paths()
    {
        // A backtracking matcher tries every way to split the path among the ** (169 s for 14 of them on a
        // 30-folder path); the compiled glob runs all of them at once.
        string stars = string.Join("/", Enumerable.Repeat("**", 20));
        string deep = string.Join("/", Enumerable.Range(0, 40).Select(i => "d" + i));
        var rejecting = new PathGlob(stars + "/nomatch/*.cs");
        var accepting = new PathGlob(stars + "/d39/*.cs");
        var interleaved = new PathGlob(string.Join("/", Enumerable.Repeat("**/d*", 20)) + "/x.cs");

        Assert.False(rejecting.IsMatch(deep + "/A.cs"));
        Assert.True(rejecting.IsMatch(deep + "/nomatch/A.cs"));
        Assert.True(accepting.IsMatch(deep + "/d39/A.cs"));
        Assert.False(accepting.IsMatch(deep + "/B/A.cs"));
        Assert.False(interleaved.IsMatch(deep + "/A.cs"));
        Assert.True(interleaved.IsMatch(deep + "/x.cs"));
        Assert.False(interleaved.IsMatch(string.Join("/", Enumerable.Range(0, 19).Select(i => "d" + i)) + "/x.cs"));
    }

    [Fact]
    public void Pathological_star_segments_match_and_reject_long_names()
    {
        string name = new string('a', 5000);
        var glob = new PathGlob("src/" + string.Concat(Enumerable.Repeat("*a", 30)) + "*b");

        Assert.False(glob.IsMatch("src/" + name));
        Assert.True(glob.IsMatch("src/" + name + "b"));
        Assert.False(new NameGlob(string.Concat(Enumerable.Repeat("*a", 30)) + "*b").IsMatch(name));
    }

    [Theory]
    [InlineData("/repo", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("/repo/", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("C:\\repo", "C:\\repo\\src\\A.cs", "src/A.cs")]
    [InlineData("/repo", "/other/A.cs", "/other/A.cs")]
    [InlineData("/repo", "/repository/A.cs", "/repository/A.cs")]
    public void Relative_paths_use_forward_slashes(string root, string path, string expected)
        => Assert.Equal(expected, PathUtilities.MakeRelative(root, path));
}
