namespace Netra.Ssot.Cli.Reporting;

/// <summary>ANSI colours for the text report on a terminal; <see cref="None"/> writes the text unchanged.</summary>
internal sealed class AnsiColor
{
    private const string Reset = "\u001b[0m";

    private AnsiColor(bool enabled) => Enabled = enabled;

    public static AnsiColor None { get; } = new(false);

    public static AnsiColor On { get; } = new(true);

    public bool Enabled { get; }

    /// <summary>Red for errors and a failed gate, yellow for warnings, cyan for info, green for a passed gate.</summary>
    public string Severity(string severity) => severity switch
    {
        "error" => Paint("\u001b[31m", severity),
        "warning" => Paint("\u001b[33m", severity),
        "info" => Paint("\u001b[36m", severity),
        _ => severity,
    };

    public string Passed(string text) => Paint("\u001b[32m", text);

    public string Failed(string text) => Paint("\u001b[1;31m", text);

    private string Paint(string code, string text) => Enabled ? code + text + Reset : text;
}
