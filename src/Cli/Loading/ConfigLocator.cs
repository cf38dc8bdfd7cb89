using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Catalog;
using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Config;

namespace Netra.Ssot.Cli.Loading;

/// <summary>Finds and reads ssot.json with the same parser the analyzers use.</summary>
internal static class ConfigLocator
{
    /// <summary>
    /// The nearest ssot.json at or above <paramref name="startDirectory"/>, or null. Whatever carries the name stops the
    /// search, also a directory or a FIFO: <see cref="Load"/> then refuses it, rather than a config further up being used
    /// silently.
    /// </summary>
    public static string? FindUpward(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, SsotConfigParser.FileName);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads the file; an invalid file is a configuration error listing every mistake as path:line:col.</summary>
    public static (SsotConfigFile File, SourceText Text) Load(string path, string displayPath)
    {
        var text = Read(path, displayPath);
        var parse = SsotConfigParser.Parse(text);
        if (parse.HasErrors)
        {
            throw new SsotCheckException(
                CheckFailure.InvalidInput,
                string.Join(Environment.NewLine, parse.Errors.Select(e => Located(displayPath, e)))
                    + Environment.NewLine + $"{displayPath} has {parse.Errors.Length} error(s); fix them and run again (see docs/config.md).",
                locatedLines: true,
                new InvalidConfig(path, parse.Errors));
        }

        return (new SsotConfigFile(path, parse), text);
    }

    /// <summary>A mistake in the form of the findings, <c>path(line,col): error SSOT0001: message</c>: it stops the run.</summary>
    private static string Located(string displayPath, ConfigError error)
    {
        var start = error.Span.LineSpan.Start;
        return CompilerMessage.Format(displayPath, start.Line + 1, start.Character + 1, "error", RuleIdentifiers.InvalidConfig, error.Message);
    }

    /// <summary>
    /// The text of a regular file. Anything else is a configuration error: a directory, and a FIFO or device, which is
    /// never opened (reading a FIFO waits for a writer forever).
    /// </summary>
    private static SourceText Read(string path, string displayPath)
    {
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing:
                throw new SsotCheckException(CheckFailure.InvalidInput, $"The configuration file '{displayPath}' does not exist.");
            case FileKind.Directory:
                throw new SsotCheckException(CheckFailure.InvalidInput, $"The configuration file '{displayPath}' is a directory, not a file.");
            case FileKind.RegularFile:
                break;
            default:
                throw new SsotCheckException(
                    CheckFailure.InvalidInput,
                    $"The configuration file '{displayPath}' is not a regular file: it is {FileKinds.Describe(kind)}. Pass an ssot.json file.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SsotCheckException(CheckFailure.InvalidInput, $"The configuration file '{displayPath}' cannot be read: {e.Message}");
        }

        if (InvalidUtf8(bytes) is { } invalid)
        {
            throw new SsotCheckException(
                CheckFailure.InvalidInput,
                CompilerMessage.Format(displayPath, invalid.Line, invalid.Column, "error", RuleIdentifiers.InvalidConfig, $"the file is not valid UTF-8 (byte 0x{invalid.Byte:X2}); save it as UTF-8"),
                locatedLines: true);
        }

        // Detects a UTF-8, UTF-16 or UTF-32 byte order mark, as the compiler does for the analyzers' copy.
        return SourceText.From(bytes, bytes.Length);
    }

    /// <summary>
    /// Where a file without a UTF-16/32 byte order mark stops being UTF-8 (1-based line and column), or null. Decoding
    /// such a file would silently turn the bytes into U+FFFD and report a confusing key or value later, or none at all.
    /// </summary>
    private static (int Line, int Column, byte Byte)? InvalidUtf8(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            return null;
        }

        int start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var input = bytes.AsSpan(start);
        var chars = new char[input.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(input, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        var before = SourceText.From(new string(chars, 0, written));
        var position = before.Lines.GetLinePosition(before.Length);
        return (position.Line + 1, position.Character + 1, input[read]);
    }
}
