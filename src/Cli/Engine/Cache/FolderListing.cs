using System.Security.Cryptography;
using System.Text;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// The C# files in a folder when a cached analysis was made, as a hash of their sorted paths: a new or deleted file
/// that a project's globs would compile changes it even though no recorded file changed. A project folder is listed
/// with its subfolders, except <c>bin</c>, <c>obj</c> and hidden ones; a folder outside every project that holds a
/// compiled file (a linked file) is listed alone.
/// </summary>
internal sealed record FolderListing(string Folder, bool Recursive, string Hash)
{
    public static FolderListing Take(string folder, bool recursive) => new(folder, recursive, HashOf(folder, recursive));

    public bool IsUnchanged()
    {
        try
        {
            return HashOf(Folder, Recursive) == Hash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string HashOf(string folder, bool recursive)
    {
        var files = new List<string>();
        if (Directory.Exists(folder))
        {
            Collect(folder, recursive, files);
        }

        files.Sort(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files))));
    }

    private static void Collect(string folder, bool recursive, List<string> files)
    {
        files.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
        if (!recursive)
        {
            return;
        }

        foreach (string child in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(child);
            if (name.StartsWith('.') || name.Equals("bin", StringComparison.OrdinalIgnoreCase) || name.Equals("obj", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Collect(child, recursive, files);
        }
    }
}
