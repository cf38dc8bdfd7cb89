using System.Collections.Immutable;
using System.Globalization;

namespace Netra.Ssot.Config;

/// <summary>A mistake in ssot.json, located at its line and column in the file.</summary>
public sealed record ConfigError(string Message, ConfigSpan Span)
{
    /// <summary><c>path:line:col: message</c>, 1-based, the form editors and CI logs link.</summary>
    public string Format(string path)
    {
        var start = Span.LineSpan.Start;
        return string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3}", path, start.Line + 1, start.Character + 1, Message);
    }
}

/// <summary>What reading ssot.json text produced: the usable configuration and every error found on the way.</summary>
public sealed record SsotConfigParseResult(SsotConfig Config, ImmutableArray<ConfigError> Errors)
{
    public bool HasErrors => !Errors.IsEmpty;
}
