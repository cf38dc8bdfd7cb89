using System.Text;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// The files ssot-check writes where the user asked (reports, badges, history, baseline). Each is checked before
/// the analysis, so a bad path costs a second and not a whole run, and written atomically (a temporary file in the
/// same folder, then a rename), so a failure or a signal never leaves a partial file behind.
/// </summary>
internal static class OutputFiles
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Why <paramref name="fullPath"/> cannot be written, or null when it can. A missing folder is created (the
    /// file will go there anyway); nothing else is changed: an existing file is opened for writing without being
    /// truncated, and the folder is probed with a temporary file that is deleted on close.
    /// </summary>
    public static string? WhyNotWritable(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return "it is a directory";
        }

        string folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        if (File.Exists(folder))
        {
            return $"'{folder}' is a file, not a folder";
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"its folder cannot be created ({e.Message})";
        }

        if (File.Exists(fullPath))
        {
            try
            {
                using var _ = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (UnauthorizedAccessException)
            {
                return "the file is read-only";
            }
            catch (IOException e)
            {
                return $"the file cannot be opened for writing ({e.Message})";
            }
        }

        try
        {
            using var _ = new FileStream(TemporaryPathFor(fullPath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"its folder '{folder}' does not accept new files";
        }

        return null;
    }

    /// <summary>Why <paramref name="fullPath"/> cannot be read, or null when it is a readable file.</summary>
    public static string? WhyNotReadable(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return "it is a directory, not a file";
        }

        if (!File.Exists(fullPath))
        {
            return "it does not exist";
        }

        try
        {
            using var _ = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be read ({e.Message})";
        }
    }

    /// <summary>
    /// Writes the file through a temporary file in the same folder that replaces it only when complete (UTF-8,
    /// no BOM). When <paramref name="cancellationToken"/> is cancelled before the rename, the old file stays as it
    /// was and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public static void WriteAtomically(string fullPath, Action<TextWriter> write, CancellationToken cancellationToken = default)
    {
        string temporary = TemporaryPathFor(fullPath);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes <paramref name="text"/> atomically (see <see cref="WriteAtomically(string, Action{TextWriter}, CancellationToken)"/>).</summary>
    public static void WriteAtomically(string fullPath, string text, CancellationToken cancellationToken = default)
        => WriteAtomically(fullPath, writer => writer.Write(text), cancellationToken);

    /// <summary>A hidden, unique sibling of the target, so the rename stays within one file system.</summary>
    private static string TemporaryPathFor(string fullPath)
        => Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file is hidden and uniquely named; the real target was not touched.
        }
    }
}
