using Netra.Ssot.Config;

namespace Netra.Ssot.Analyzers.Tests.Config;

/// <summary>
/// The config-relative path (<see cref="PathUtilities.MakeRelative"/> through <c>SsotConfigFile.RelativePath</c>): what
/// ssot.json's globs match and rule messages show. Pure string work, the same on every OS.
/// </summary>
public sealed class ConfigRelativePathTests
{
    [Theory]
    [InlineData("/repo", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("/repo/", "/repo/src/A.cs", "src/A.cs")]
    [InlineData("C:\\Repo", "c:\\repo\\Src\\A.cs", "Src/A.cs")]
    [InlineData("C:/repo", "D:/repo/x.cs", "D:/repo/x.cs")]
    [InlineData("/repo", "/repository/x.cs", "/repository/x.cs")]
    [InlineData("/repo/src", "/repo/tests/T.cs", "/repo/tests/T.cs")]
    [InlineData("/repo", "/repo", "/repo")]
    [InlineData("/repo", "/repo/My Docs/Größe #1.cs", "My Docs/Größe #1.cs")]
    [InlineData("//server/share", "//server/share/src/A.cs", "src/A.cs")]
    [InlineData(null, "src\\A.cs", "src/A.cs")]
    [InlineData("", "/repo/A.cs", "/repo/A.cs")]
    public void Relative_to_the_config_folder_or_the_full_path_outside_it(string? root, string path, string expected)
        => Assert.Equal(expected, PathUtilities.MakeRelative(root, path));
}
