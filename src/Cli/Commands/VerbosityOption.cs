using System.CommandLine;
using System.CommandLine.Parsing;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// <c>-v|--verbosity &lt;level&gt;</c> as dotnet takes it: quiet, minimal, normal, detailed or diagnostic, or their short
/// forms q, m, n, d and diag, in any case.
/// </summary>
internal static class VerbosityOption
{
    private static readonly Dictionary<string, Verbosity> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = Verbosity.Quiet,
        ["quiet"] = Verbosity.Quiet,
        ["m"] = Verbosity.Minimal,
        ["minimal"] = Verbosity.Minimal,
        ["n"] = Verbosity.Normal,
        ["normal"] = Verbosity.Normal,
        ["d"] = Verbosity.Detailed,
        ["detailed"] = Verbosity.Detailed,
        ["diag"] = Verbosity.Diagnostic,
        ["diagnostic"] = Verbosity.Diagnostic,
    };

    public static Option<Verbosity> Create() => new("--verbosity", "-v")
    {
        Description = "How much the terminal shows: q[uiet] (errors and the gate), m[inimal] (findings and the score), n[ormal] (the default), d[etailed] (per-project details, timed progress), diag[nostic] (also every MSBuild and workspace message).",
        HelpName = "level",
        DefaultValueFactory = _ => Verbosity.Normal,
        CustomParser = Parse,
    };

    private static Verbosity Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value.Trim();
        if (Names.TryGetValue(text, out var verbosity))
        {
            return verbosity;
        }

        result.AddError($"--verbosity '{text}' is not a verbosity; use one of: q[uiet], m[inimal], n[ormal], d[etailed], diag[nostic].");
        return Verbosity.Normal;
    }
}
