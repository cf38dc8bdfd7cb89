using System.CommandLine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Commands;

/// <summary>
/// The arguments and options every command that loads a solution takes (<c>ssot-check</c> and <c>init</c>), declared
/// once as dotnet/format's <c>FormatCommandCommon</c> does: the path, <c>-p/--property</c>, <c>--no-restore</c> and
/// <c>--no-progress</c>. A command adds them with <see cref="AddTo"/> (the path first, the others after its own
/// options, as help lists them) and reads them with <see cref="Read"/>.
/// </summary>
internal sealed class CommonOptions
{
    public Argument<string?> Path { get; } = new("path")
    {
        Description = "Solution (.sln, .slnx), solution filter (.slnf), project (.csproj) or folder. Default: the one in the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Properties { get; } = MsBuildProperties.CreateOption();

    public Option<bool> NoRestore { get; } = new("--no-restore") { Description = "Do not run 'dotnet restore' before loading." };

    public Option<bool> NoProgress { get; } = new("--no-progress") { Description = "Never show progress (it is shown on stderr only when stderr is a terminal)." };

    /// <summary>Adds the path and the command's own options, then the shared options.</summary>
    public void AddTo(Command command, params Option[] ownOptions)
    {
        command.Add(Path);
        foreach (var option in ownOptions)
        {
            command.Add(option);
        }

        command.Add(Properties);
        command.Add(NoRestore);
        command.Add(NoProgress);
    }

    public CommonValues Read(ParseResult parse, TextWriter error)
    {
        bool noProgress = parse.GetValue(NoProgress);
        // SSOT_CHECK_PROGRESS=always shows progress on a redirected stderr too (the signal tests read the phases from it).
        bool showProgress = ConsoleProgress.ShouldShow(noProgress, error)
            || (!noProgress && Environment.GetEnvironmentVariable("SSOT_CHECK_PROGRESS") == "always");
        return new CommonValues(parse.GetValue(Path), !parse.GetValue(NoRestore), MsBuildProperties.Parse(parse.GetValue(Properties)), showProgress)
        {
            NoProgress = noProgress,
            ProgressWidth = Terminal.Width(error),
        };
    }
}

/// <summary>The values of <see cref="CommonOptions"/> for one invocation.</summary>
/// <param name="Path">The solution, project or folder as written; null means the current folder.</param>
/// <param name="Restore">False with --no-restore.</param>
/// <param name="ShowProgress">Whether to draw progress on stderr.</param>
internal sealed record CommonValues(string? Path, bool Restore, IReadOnlyDictionary<string, string> Properties, bool ShowProgress)
{
    /// <summary>--no-progress was given: no progress at all, not even the timed log of <c>-v detailed</c>.</summary>
    public bool NoProgress { get; init; }

    /// <summary>The terminal's columns the status line is cut to; null when stderr is redirected.</summary>
    public int? ProgressWidth { get; init; }

    /// <summary>
    /// The progress to draw, or null: none with --no-progress or at quiet; a timed line per step at detailed and above
    /// (also on a redirected stderr, as a log); otherwise the status line when <see cref="ShowProgress"/>.
    /// </summary>
    public ConsoleProgress? CreateProgress(TextWriter error, Verbosity verbosity = Verbosity.Normal)
        => NoProgress || verbosity == Verbosity.Quiet ? null
            : verbosity >= Verbosity.Detailed ? new ConsoleProgress(error, width: null, log: true)
            : ShowProgress ? new ConsoleProgress(error, ProgressWidth)
            : null;
}
