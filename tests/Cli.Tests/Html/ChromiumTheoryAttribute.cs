namespace Netra.Ssot.Cli.Tests.Html;

/// <summary>A theory that needs the installed Chromium: skipped, with the reason shown, when there is none.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = HeadlessChromium.Missing;
        }
    }
}
