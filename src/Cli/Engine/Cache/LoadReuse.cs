namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// Whether the load a cache entry recorded (<see cref="LoadSnapshot"/>) can stand for a restore and an MSBuild load in
/// this run: only when every recorded file that changed is one whose content the load merely points at (a source or
/// additional file, ssot.json), no folder gained or lost a C# file, and the files the SDK generated during the load
/// are as they were. A project file, an import, the restore output, an .editorconfig, a referenced assembly or
/// analyzer, a new or deleted file, an environment variable evaluation reads, a changed <c>-p</c> or option: MSBuild
/// loads again.
/// </summary>
internal static class LoadReuse
{
    /// <summary>Why the recorded load cannot serve this run (the first changed evaluation input), or null when it can.</summary>
    public static string? Obstacle(CacheLookup lookup)
    {
        if (lookup.Load is not { } load)
        {
            return lookup.LoadRefusal is { } refusal
                ? $"the last load could not be recorded ({refusal})"
                : "the cache holds no load for this input and these options";
        }

        var contents = load.Contents.ToHashSet(StringComparer.Ordinal);
        if (lookup.Changed.FirstOrDefault(f => !contents.Contains(f)) is { } file)
        {
            return $"{file} changed";
        }

        if (lookup.ChangedFolders.Count > 0)
        {
            return $"the C# files in {lookup.ChangedFolders[0]} changed";
        }

        if (lookup.ChangedVariables.Count > 0)
        {
            return $"{EnvironmentReads.Describe(lookup.ChangedVariables[0])} changed";
        }

        return load.Derived.FirstOrDefault(d => !d.IsUnchanged()) is { } derived
            ? $"{derived.Path} changed"
            : null;
    }
}
