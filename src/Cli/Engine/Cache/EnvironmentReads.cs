using System.Collections;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Netra.Ssot.Cli.Loading;

namespace Netra.Ssot.Cli.Engine.Cache;

/// <summary>
/// The environment variables MSBuild evaluation can read, as a cached analysis saw them. MSBuild makes every
/// environment variable a property, so a <c>Condition</c> on <c>$(CI)</c> in a Directory.Build.props, or an
/// environment variable named <c>DefineConstants</c>, changes what a project compiles without changing a file. The
/// names are every property the project files and their imports name (<c>$(Name)</c>, and
/// <c>GetEnvironmentVariable('Name')</c> in a property function); a variable of one of those names that was set,
/// changed or unset since invalidates the entry and its recorded load (docs/monorepo.md#incremental-runs).
/// </summary>
/// <param name="Referenced">The property names the evaluated files name, sorted (MSBuild compares them ignoring case).</param>
/// <param name="Values">
/// The environment variables of those names that were set, each with the SHA-256 of its value: the cache file is
/// uploaded by CI cache steps, so a value (a token a Directory.Build.props passes on) is never stored in clear.
/// </param>
internal sealed partial record EnvironmentReads(IReadOnlyList<string> Referenced, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>What the evaluated <paramref name="files"/> (project files and their imports) read of <paramref name="environment"/>.</summary>
    public static EnvironmentReads Take(IEnumerable<string> files, IDictionary environment)
    {
        var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the file's own stamp records that it is missing or unreadable
            }

            foreach (Match match in PropertyReference().Matches(text))
            {
                referenced.Add(match.Groups["name"].Value);
            }
        }

        var names = referenced.Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal).ToList();
        return new EnvironmentReads(names, ValuesOf(referenced, environment));
    }

    /// <summary>The files MSBuild evaluated for these projects: each project file and its imports (not the restore output, which names no property).</summary>
    public static IEnumerable<string> EvaluatedFiles(IEnumerable<ProjectFacts> facts)
        => facts
            .SelectMany(f => f.EvaluationInputs.Prepend(f.Path))
            .Where(f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The referenced variables whose value in <paramref name="environment"/> differs from the recorded one (set, changed or unset), sorted.</summary>
    public IReadOnlyList<string> Changed(IDictionary environment)
    {
        var now = ValuesOf(new HashSet<string>(Referenced, StringComparer.OrdinalIgnoreCase), environment);
        return now.Keys.Concat(Values.Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(name => now.GetValueOrDefault(name) != Values.GetValueOrDefault(name))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How a changed variable is named in a cache note: "Cache miss: the environment variable CI changed".</summary>
    public static string Describe(string name) => $"the environment variable {name}";

    private static SortedDictionary<string, string> ValuesOf(HashSet<string> referenced, IDictionary environment)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in environment)
        {
            if (variable.Key is string name && referenced.Contains(name))
            {
                values[name] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(variable.Value as string ?? string.Empty)));
            }
        }

        return values;
    }

    /// <summary><c>$(Name</c> (a property, or a property function on it) or <c>GetEnvironmentVariable('Name'</c>.</summary>
    [GeneratedRegex(@"(?:\$\(\s*|GetEnvironmentVariable\(\s*['""]?)(?<name>[A-Za-z_][A-Za-z0-9_\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyReference();
}
