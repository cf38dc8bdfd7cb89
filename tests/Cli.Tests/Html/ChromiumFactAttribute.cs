namespace Netra.Ssot.Cli.Tests.Html;

/// <summary>A test that needs the installed Chromium: skipped, with the reason shown, when there is none.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = HeadlessChromium.Missing;
        }
    }
}
