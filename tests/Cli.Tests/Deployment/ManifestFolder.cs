using Netra.Ssot.Cli.Deployment;

namespace Netra.Ssot.Cli.Tests.Deployment;

/// <summary>A throwaway folder of deployment files, deleted after the test, with exact renderings of what was read.</summary>
internal sealed class ManifestFolder : IDisposable
{
    public ManifestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "ssot-tests", "manifests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Reads a file that must parse.</summary>
    public DeploymentManifest Read(string relativePath)
    {
        var result = ManifestReader.Read(Path.Combine(Root, relativePath));
        Assert.True(result.Succeeded, result.Error?.Format());
        return result.Manifest;
    }

    /// <summary>Reads a file that must fail; the error as <c>relative/path:line:col: message</c>.</summary>
    public string Error(string relativePath)
    {
        var result = ManifestReader.Read(Path.Combine(Root, relativePath));
        Assert.False(result.Succeeded, "expected a located error");
        return Relative(result.Error.Format());
    }

    /// <summary>Each variable as <c>NAME file:line:col [scope]</c>, paths relative to the folder.</summary>
    public IReadOnlyList<string> Variables(DeploymentManifest manifest) =>
        manifest.Variables.Select(v => $"{v.Name} {Relative(v.File)}:{v.Line}:{v.Column}" + (v.Scope is null ? "" : $" [{v.Scope}]")).ToList();

    /// <summary>Each unknown source as <c>description file:line:col [scope]</c>.</summary>
    public IReadOnlyList<string> UnknownSources(DeploymentManifest manifest) =>
        manifest.UnknownSources.Select(u => $"{u.Description} {Relative(u.File)}:{u.Line}:{u.Column}" + (u.Scope is null ? "" : $" [{u.Scope}]")).ToList();

    public string Relative(string text) => text.Replace(Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace('\\', '/');

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
