using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// A use of [Obsolete] code whose compiler warning the team lowered for the file (.editorconfig) or the project
/// (NoWarn) is acknowledged: SSOT3001 info that says how, never a violation.
/// </summary>
public sealed class ObsoleteAcknowledgementTests
{
    private const string Code = """
        namespace App;

        [System.Obsolete("Use NewMailer instead")]
        public sealed class OldMailer { }

        public sealed class NewMailer { }

        public static class Mail
        {
            public static object Create() => new OldMailer();
        }
        """;

    [Theory]
    [InlineData("", "[*.cs]\ndotnet_diagnostic.CS0618.severity = suggestion\n", "info", " (acknowledged: CS0618 set to 'suggestion' by .editorconfig)")]
    [InlineData("<PropertyGroup><NoWarn>$(NoWarn);CS0618</NoWarn></PropertyGroup>", null, "info", " (acknowledged: CS0618 set to 'none' for the project (NoWarn or a global config))")]
    [InlineData("", "[*.cs]\ndotnet_diagnostic.CS0618.severity = warning\n", "warning", "")]
    public async Task A_use_whose_compiler_warning_is_lowered_for_the_file_or_project_is_acknowledged_info(string projectExtra, string? editorConfig, string severity, string suffix)
    {
        using var solution = new TempSolution();
        solution.Project("App", extra: projectExtra);
        solution.Write("App/Mail.cs", Code);
        if (editorConfig is not null)
        {
            solution.Write(".editorconfig", "root = true\n\n" + editorConfig);
        }

        var report = await SsotCheck.RunAsync(new CheckOptions { Path = solution.Root, Restore = false }, solution.Root, null, CancellationToken.None);

        var finding = Assert.Single(report.Analysis.Findings, f => f.Id == "SSOT3001");
        Assert.Equal(
            ("App/Mail.cs", 10, severity, "'OldMailer' is legacy (App.OldMailer: [Obsolete(\"Use NewMailer instead\")]); use 'App.NewMailer' instead" + suffix),
            (finding.File, finding.Line, finding.Severity, finding.Message));
    }
}
