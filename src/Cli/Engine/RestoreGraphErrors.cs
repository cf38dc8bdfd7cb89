using System.Text.Json;

namespace Netra.Ssot.Cli.Engine;

/// <summary>
/// The packages a restore could not provide, per target framework, read from the project's restore output
/// (<c>project.assets.json</c>): NuGet logs each package it could not find or resolve (NU1100 to NU1103) with the
/// target graphs (<c>net8.0</c>, <c>net8.0/linux-x64</c>) that needed it. A package missing for one target framework
/// and not for another is what makes one variant of a multi-targeted project bind less than another.
/// </summary>
internal static class RestoreGraphErrors
{
    /// <summary>The NuGet codes that mean a package is absent from the restore (not a version substitution or a downgrade).</summary>
    private static readonly HashSet<string> MissingPackageCodes = new(StringComparer.OrdinalIgnoreCase) { "NU1100", "NU1101", "NU1102", "NU1103" };

    /// <summary>
    /// The ids of the packages the restore could not provide, by target framework alias (the graph name before any
    /// <c>/rid</c>), each list sorted; empty when there is no assets file, it cannot be read or it logged none.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> MissingPackages(string? assetsFile)
    {
        var missing = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        if (assetsFile is null)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        try
        {
            if (!File.Exists(assetsFile))
            {
                return new Dictionary<string, IReadOnlyList<string>>();
            }

            using var stream = File.OpenRead(assetsFile);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("logs", out var logs)
                && logs.ValueKind == JsonValueKind.Array)
            {
                foreach (var log in logs.EnumerateArray())
                {
                    if (Text(log, "code") is not { } code || !MissingPackageCodes.Contains(code)
                        || !string.Equals(Text(log, "level"), "Error", StringComparison.OrdinalIgnoreCase)
                        || Text(log, "libraryId") is not { Length: > 0 } package
                        || !log.TryGetProperty("targetGraphs", out var graphs) || graphs.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }

                    foreach (var graph in graphs.EnumerateArray())
                    {
                        if (graph.ValueKind == JsonValueKind.String && graph.GetString() is { Length: > 0 } name)
                        {
                            string framework = name.Split('/')[0];
                            if (!missing.TryGetValue(framework, out var packages))
                            {
                                missing[framework] = packages = new SortedSet<string>(StringComparer.Ordinal);
                            }

                            packages.Add(package);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // An unreadable assets file tells nothing about one framework against another; EnvironmentHealth names it.
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        return missing.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private static string? Text(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
