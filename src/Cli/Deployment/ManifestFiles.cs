using System.Text;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads a manifest, or a file a manifest includes, as UTF-8 text. Only a regular file is opened: a FIFO or device
/// could block forever (see <see cref="FileKinds"/>).
/// </summary>
internal static class ManifestFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of <paramref name="path"/>. A problem is a <see cref="ManifestException"/> at <paramref name="at"/>
    /// (the manifest as a whole, line 0, or the place that includes the file) whose message starts with
    /// <paramref name="subject"/> ("the manifest", "env_file './api.env'").
    /// </summary>
    public static string ReadText(string path, string subject, ManifestError at)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.RegularFile)
        {
            string what = kind == FileKind.Missing ? "does not exist" : $"is not a regular file: it is {FileKinds.Describe(kind)}";
            throw Located(at, subject, what);
        }

        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw Located(at, subject, "is not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Located(at, subject, $"cannot be read: {e.Message}");
        }
    }

    private static ManifestException Located(ManifestError at, string subject, string what) =>
        new(at with { Message = $"{subject} {what}" });
}
