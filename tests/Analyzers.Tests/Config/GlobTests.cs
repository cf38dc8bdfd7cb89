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
    [InlineData("/repo", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("/repo/", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("C:\\repo", "C:\\repo\\src\\A.cs", "src/A.cs")]
    [InlineData("/repo", "/other/A.cs", "/other/A.cs")]
    [InlineData("/repo", "/repository/A.cs", "/repository/A.cs")]
    public void Relative_paths_use_forward_slashes(string root, string path, string expected)
        => Assert.Equal(expected, PathUtilities.MakeRelative(root, path));
}
