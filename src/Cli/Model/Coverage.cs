using System.Collections.Immutable;

namespace Netra.Ssot.Cli.Model;

/// <summary>How much of something was analyzed: <c>Analyzed</c> of <c>Total</c>.</summary>
internal sealed record Portion(int Analyzed, int Total)
{
    /// <summary>Rounded down to one decimal like the scores, so 100.0 means all; 100 when there is nothing to analyze.</summary>
    public double Percent => Total == 0 ? 100.0 : Score.RoundedDown(Analyzed, Total);

    public bool IsComplete => Analyzed >= Total;

    public string Display => $"{Analyzed}/{Total}";
}

/// <summary>A project that compiled with errors: its findings may be incomplete.</summary>
internal sealed record ProjectErrors(string Project, int Errors);

/// <summary>
/// What the score stands on (docs/scoring.md): the solution's C# projects that were analyzed, the hand-written files
/// analyzed out of those found for the solution's projects, the projects that compiled with errors, and the
/// findings held back because their cause may be the environment.
/// </summary>
/// <param name="Files">
/// Hand-written files analyzed: they parse, and their project loaded with its whole environment (restored, references
/// resolved); out of every hand-written file of the solution's projects.
/// </param>
/// <param name="IncompleteEnvironments">
/// Projects analyzed without their whole environment and with compiler errors to show for it, each with the reason.
/// </param>
internal sealed record Coverage(Portion Projects, Portion Files, ImmutableArray<ProjectErrors> ProjectsWithErrors, int HeldBack, ImmutableArray<string> IncompleteEnvironments)
{
    /// <summary>Nothing kept any part of the solution from being analyzed or made its findings uncertain.</summary>
    public bool IsComplete => Projects.IsComplete && Files.IsComplete && ProjectsWithErrors.IsEmpty && HeldBack == 0 && IncompleteEnvironments.IsEmpty;

    /// <summary>How every report says it: <c>45/45 files analyzed, 4/4 projects, 1 project with compiler errors (A: 104)</c>.</summary>
    public string Summary
    {
        get
        {
            string text = $"{Files.Display} files analyzed, {Projects.Display} projects";
            if (!ProjectsWithErrors.IsEmpty)
            {
                string names = string.Join(", ", ProjectsWithErrors.Take(3).Select(p => $"{p.Project}: {p.Errors}"))
                    + (ProjectsWithErrors.Length > 3 ? $", and {ProjectsWithErrors.Length - 3} more" : string.Empty);
                text += $", {ProjectsWithErrors.Length} project{(ProjectsWithErrors.Length == 1 ? string.Empty : "s")} with compiler errors ({names})";
            }

            if (!IncompleteEnvironments.IsEmpty)
            {
                text += $", {IncompleteEnvironments.Length} project{(IncompleteEnvironments.Length == 1 ? string.Empty : "s")} analyzed without a complete environment ({IncompleteEnvironments[0]}{(IncompleteEnvironments.Length > 1 ? $"; and {IncompleteEnvironments.Length - 1} more" : string.Empty)})";
            }

            if (HeldBack > 0)
            {
                text += $", {HeldBack} finding(s) held back";
            }

            return text;
        }
    }
}
