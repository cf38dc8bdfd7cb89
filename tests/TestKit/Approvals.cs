using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Netra.Ssot.TestKit;

/// <summary>
/// Approved-file checks for multi-line output: the text must equal <c>Approved/&lt;Class&gt;.&lt;Test&gt;.approved.txt</c>
/// in the test project's directory. A mismatch writes <c>.received.txt</c> next to it and names the first differing line; to
/// approve, review the received file and rename it.
/// </summary>
public static class Approvals
{
    [MethodImpl(MethodImplOptions.NoInlining)] // GetCallingAssembly must see the test assembly
    public static void Verify(string actual, string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "")
    {
        // Only the file name of CallerFilePath is used: CI builds map the directories to /_/.
        string directory = Path.Combine(SourcePaths.ProjectDirectory(Assembly.GetCallingAssembly()), "Approved");
        string className = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]);
        string stem = $"{className}.{name ?? callerMember}";
        string approvedPath = Path.Combine(directory, stem + ".approved.txt");
        string receivedPath = Path.Combine(directory, stem + ".received.txt");
        string normalized = Normalize(actual);

        string? approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized);
        if (approved is null)
        {
            throw new XunitException($"No approved file yet. Review {receivedPath} and rename it to {Path.GetFileName(approvedPath)}.");
        }

        var approvedLines = approved.Split('\n');
        var actualLines = normalized.Split('\n');
        int line = 0;
        while (line < approvedLines.Length && line < actualLines.Length && approvedLines[line] == actualLines[line])
        {
            line++;
        }

        throw new XunitException(
            $"Output differs from {approvedPath} at line {line + 1}:{Environment.NewLine}"
            + $"  approved: {(line < approvedLines.Length ? approvedLines[line] : "<end of file>")}{Environment.NewLine}"
            + $"  received: {(line < actualLines.Length ? actualLines[line] : "<end of file>")}{Environment.NewLine}"
            + $"The whole output is in {receivedPath}.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
