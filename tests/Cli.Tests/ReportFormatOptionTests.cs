using System.CommandLine;
using Netra.Ssot.Cli.Commands;
using Netra.Ssot.Cli.Model;
using Netra.Ssot.Cli.Reporting;

namespace Netra.Ssot.Cli.Tests;

/// <summary>The report format enum drives <c>--format</c>: every value has its reporter, is accepted and is in help.</summary>
public sealed class ReportFormatOptionTests
{
    [Fact]
    public void Every_format_has_its_own_reporter()
    {
        var formats = Enum.GetValues<ReportFormat>();

        Assert.All(formats, f => Assert.Equal(f + "Reporter", Reporters.For(f).GetType().Name));
        Assert.Equal(formats.Length, formats.Select(f => Reporters.For(f).GetType()).Distinct().Count());
    }

    [Fact]
    public async Task Every_format_is_listed_in_help()
    {
        string help = await HelpAsync();

        Assert.Contains(
            "  --format <text|json|sarif|markdown|github|html>  Report format: text, json, sarif (2.1.0), markdown (a PR comment), github (workflow annotations) or html (one self-contained page). Repeatable; pair each with an --output." + Environment.NewLine,
            help,
            StringComparison.Ordinal);
        string line = help.Split(Environment.NewLine).Single(l => l.StartsWith("  --format ", StringComparison.Ordinal));
        Assert.All(Enum.GetValues<ReportFormat>(), f => Assert.Contains(f.ToString().ToLowerInvariant(), line, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_format_is_accepted_by_name_in_any_case()
    {
        var root = CheckCommand.Create(TextWriter.Null, TextWriter.Null);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            string name = format.ToString();
            var parse = root.Parse(new[] { "--format", name.ToLowerInvariant(), "--format", name.ToUpperInvariant(), "--format", name });

            Assert.Empty(parse.Errors);
            Assert.Equal(new[] { format, format, format }, parse.GetValue<ReportFormat[]>("--format"));
        }
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    [InlineData("text,json")]
    public async Task Anything_else_is_a_usage_error_naming_the_formats(string value)
    {
        var (exit, output, error) = await CliRunner.RunAsync("--format", value);

        Assert.Equal(ExitCodes.UsageOrConfigError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"--format '{value}' is not a report format; use one of: text, json, sarif, markdown, github, html.", error);
    }

    private static async Task<string> HelpAsync()
    {
        var output = new StringWriter();
        int exit = await CheckCommand.Create(output, TextWriter.Null).Parse("--help").InvokeAsync(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        return output.ToString();
    }
}
