using System.Text;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Deployment;

/// <summary>
/// Reads a manifest, or a file a manifest includes, as text. Only a regular file is opened: a FIFO or device could
/// block forever (see <see cref="FileKinds"/>). A problem is a <see cref="ManifestException"/> located at
/// <paramref name="file"/> (line 0: the file as a whole) or, for an included file, at the place that includes it.
/// </summary>
internal static class ManifestFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path, ManifestError where)
    {
        var kind = FileKinds.Of(path);
        if (kind != FileKind.RegularFile)
        {
            string what = kind == FileKind.Missing ? "does not exist" : $"is not a regular file: it is {FileKinds.Describe(kind)}";
            throw new ManifestException(where with { Message = $"{where.Message}{what}" });
        }

        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new ManifestException(where with { Message = $"{where.Message}is not valid UTF-8 text" });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(where with { Message = $"{where.Message}cannot be read: {e.Message}" });
        }
    }
}
