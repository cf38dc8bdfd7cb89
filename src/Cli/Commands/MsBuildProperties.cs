using System.CommandLine;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>--property/-p Name=Value</c>, as <c>dotnet build</c> takes it: global MSBuild properties for restore and
/// load. Real solutions often need one to load here at all (e.g. <c>-p TargetFrameworks=net10.0</c> when a
/// project also targets a framework whose reference packs are not installed).
/// </summary>
internal static class MsBuildProperties
{
    public static Option<string[]> CreateOption()
    {
        var option = new Option<string[]>("--property", "-p")
        {
            Description = "An MSBuild global property for restore and load, as Name=Value (repeatable; Name=A;B sets a list).",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!TrySplit(value, out _, out _))
                {
                    result.AddError($"--property expects Name=Value; got '{value}'.");
                }
            }
        });
        return option;
    }

    public static IReadOnlyDictionary<string, string> Parse(string[]? values)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string value in values ?? Array.Empty<string>())
        {
            if (TrySplit(value, out string name, out string propertyValue))
            {
                properties[name] = propertyValue;
            }
        }

        return properties;
    }

    private static bool TrySplit(string text, out string name, out string value)
    {
        // "-p:Name=Value" habits: accept a leading ':' left by "-p:Name=Value" typed as one token.
        string trimmed = text.TrimStart(':');
        int equals = trimmed.IndexOf('=');
        name = equals > 0 ? trimmed.Substring(0, equals).Trim() : string.Empty;
        value = equals > 0 ? trimmed.Substring(equals + 1) : string.Empty;
        return name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
    }
}
