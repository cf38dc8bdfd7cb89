using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Netra.Ssot.Config;

namespace Netra.Ssot.Engine.Solution;

/// <summary>
/// The whole solution's declarations, for rules that relate types across projects (SSOT1001's canonical place,
/// SSOT1003, SSOT1004, SSOT0002). An analyzer sees one compilation; ssot-check first collects every project's
/// <see cref="DeclaredType"/>s, then hands them to each project's analyzers as an in-memory additional file named
/// <see cref="FileName"/>. Rules still report only on their own compilation's types, so every finding goes
/// through the compiler's suppression and severity machinery. In a build or the IDE there is no index and the
/// rules judge from the compilation alone.
/// </summary>
public sealed class SolutionIndex
{
    public const string FileName = "ssot.solution-index";

    private const string Header = "#ssot-solution-index 1";

    private static readonly SourceTextValueProvider<SolutionIndex> Provider = new(Parse);

    private readonly ImmutableHashSet<string> _resolvable;

    private SolutionIndex(ImmutableArray<DeclaredType> types, ImmutableHashSet<string> resolvable, ImmutableArray<string> files)
    {
        Types = types;
        _resolvable = resolvable;
        Files = files;
    }

    /// <summary>The full paths of every analyzed source file of the solution (for path globs).</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Source types of every analyzed project, target-framework variants merged.</summary>
    public ImmutableArray<DeclaredType> Types { get; }

    /// <summary>Whether a type metadata name resolves in at least one project (from source or a reference).</summary>
    public bool Resolves(string metadataName) => _resolvable.Contains(metadataName);

    /// <summary>The declarations of assemblies other than <paramref name="assembly"/>.</summary>
    public IEnumerable<DeclaredType> OtherThan(string assembly) => Types.Where(t => !string.Equals(t.Assembly, assembly, StringComparison.Ordinal));

    /// <summary>The index passed to this compilation's analyzers, or null (a build or the IDE).</summary>
#pragma warning disable RS1012 // A helper called by start actions that do register actions; it only reads the context.
    public static SolutionIndex? Load(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (string.Equals(PathUtilities.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)
                && file.GetText(context.CancellationToken) is { } text)
            {
                return context.TryGetValue(text, Provider, out var index) ? index : Parse(text);
            }
        }

        return null;
    }

    /// <summary>The configured type names (<see cref="SsotConfig.SymbolNames"/>) that resolve in at least one compilation.</summary>
    public static IEnumerable<string> ResolvableNames(SsotConfig config, IReadOnlyCollection<Compilation> compilations)
        => config.SymbolNames()
            .Distinct(StringComparer.Ordinal)
            .Where(name => compilations.Any(compilation => SymbolResolver.Resolve(compilation, name) is not null));

    /// <summary>The index text: one line per declaration, per resolvable configured name and per source file.</summary>
    public static string Write(IEnumerable<DeclaredType> types, IEnumerable<string> resolvableNames, IEnumerable<string>? files = null)
    {
        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        foreach (var type in types)
        {
            var line = type.Location.GetLineSpan();
            builder.Append('T')
                .Append('\t').Append(Escape(type.Assembly))
                .Append('\t').Append(Escape(type.MetadataName))
                .Append('\t').Append(((int)type.Flags).ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(Escape(line.Path))
                .Append('\t').Append(Number(type.Span.Start))
                .Append('\t').Append(Number(type.Span.Length))
                .Append('\t').Append(Number(line.StartLinePosition.Line))
                .Append('\t').Append(Number(line.StartLinePosition.Character))
                .Append('\t').Append(Number(line.EndLinePosition.Line))
                .Append('\t').Append(Number(line.EndLinePosition.Character))
                .Append('\t').Append(string.Join(";", type.Bases.Select(Escape)))
                .Append('\n');
        }

        foreach (string name in resolvableNames)
        {
            builder.Append("R\t").Append(Escape(name)).Append('\n');
        }

        foreach (string file in files ?? Enumerable.Empty<string>())
        {
            builder.Append("F\t").Append(Escape(file)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads an index; lines it does not understand are skipped (it is written by the same version).</summary>
    public static SolutionIndex Parse(SourceText text)
    {
        var types = ImmutableArray.CreateBuilder<DeclaredType>();
        var resolvable = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (var textLine in text.Lines)
        {
            string line = textLine.ToString();
            string[] fields = line.Split('\t');
            if (fields[0] == "R" && fields.Length == 2)
            {
                resolvable.Add(Unescape(fields[1]));
            }
            else if (fields[0] == "F" && fields.Length == 2)
            {
                files.Add(Unescape(fields[1]));
            }
            else if (fields[0] == "T" && fields.Length == 12 && TryReadType(fields) is { } type)
            {
                types.Add(type);
                resolvable.Add(type.MetadataName);
            }
        }

        return new SolutionIndex(types.ToImmutable(), resolvable.ToImmutable(), files.ToImmutable());
    }

    private static DeclaredType? TryReadType(string[] fields)
    {
        var numbers = new int[7];
        for (int i = 0; i < numbers.Length; i++)
        {
            int field = i == 0 ? 3 : i + 4;
            if (!int.TryParse(fields[field], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        var location = Location.Create(
            Unescape(fields[4]),
            new TextSpan(numbers[1], numbers[2]),
            new LinePositionSpan(new LinePosition(numbers[3], numbers[4]), new LinePosition(numbers[5], numbers[6])));
        var bases = fields[11].Length == 0
            ? ImmutableArray<string>.Empty
            : fields[11].Split(';').Select(Unescape).ToImmutableArray();
        return new DeclaredType(Unescape(fields[1]), Unescape(fields[2]), (DeclaredTypeFlags)numbers[0], location, bases);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps tabs, newlines, semicolons and backslashes of names and paths out of the field syntax.</summary>
    private static string Escape(string value)
    {
        if (value.IndexOfAny(new[] { '\\', '\t', '\n', '\r', ';' }) < 0)
        {
            return value;
        }

        return value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r").Replace(";", "\\s");
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 's' => ';', _ => value[i] });
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
