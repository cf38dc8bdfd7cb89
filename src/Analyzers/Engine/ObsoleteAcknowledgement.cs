using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Netra.Ssot.Engine;

/// <summary>
/// Whether a use of <c>[Obsolete]</c> code is acknowledged, and how: the compiler's own warning for it (CS0618 for an
/// <c>[Obsolete("message")]</c> symbol, CS0612 for a bare <c>[Obsolete]</c>) is disabled at that position by a
/// <c>#pragma warning disable</c> of the file, or lowered below a warning for the file by <c>.editorconfig</c>
/// (<c>dotnet_diagnostic.CS0618.severity = suggestion</c>), or for the project by a global config or <c>NoWarn</c>.
/// Each is a deliberate choice of the team that the compiler honours too. The pragma directives of a file are read once.
/// </summary>
public sealed class ObsoleteAcknowledgement
{
    private readonly CompilationOptions _options;

    public ObsoleteAcknowledgement(CompilationOptions options) => _options = options;

    /// <summary>The compiler's warning for a use of an <c>[Obsolete("message")]</c> symbol.</summary>
    public const string WithMessage = "CS0618";

    /// <summary>The compiler's warning for a use of a bare <c>[Obsolete]</c> symbol.</summary>
    public const string WithoutMessage = "CS0612";

    private readonly ConcurrentDictionary<SyntaxTree, ImmutableArray<PragmaWarningDirectiveTriviaSyntax>> _pragmas = new();

    /// <summary>The compiler warning that a use of an obsolete symbol with this message raises.</summary>
    public static string CompilerWarning(string message) => message.Length == 0 ? WithoutMessage : WithMessage;

    /// <summary>
    /// How <paramref name="code"/> is acknowledged at <paramref name="position"/> of <paramref name="tree"/>, as the
    /// message says it (<c>'#pragma warning disable CS0618'</c>, <c>CS0618 set to 'suggestion' by .editorconfig</c>,
    /// <c>CS0618 suppressed for the project (NoWarn or a global config)</c>); null when it is not.
    /// </summary>
    public string? AcknowledgedBy(SyntaxTree tree, int position, string code, System.Threading.CancellationToken cancellationToken)
    {
        if (IsDisabled(tree, position, code))
        {
            return "'#pragma warning disable " + code + "'";
        }

        if (_options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetDiagnosticValue(tree, code, cancellationToken, out var fileSeverity))
        {
            return IsBelowWarning(fileSeverity) ? code + " set to '" + Name(fileSeverity) + "' by .editorconfig" : null;
        }

        if ((_options.SyntaxTreeOptionsProvider is { } global && global.TryGetGlobalDiagnosticValue(code, cancellationToken, out var projectSeverity))
            || _options.SpecificDiagnosticOptions.TryGetValue(code, out projectSeverity))
        {
            return IsBelowWarning(projectSeverity) ? code + " set to '" + Name(projectSeverity) + "' for the project (NoWarn or a global config)" : null;
        }

        return null;
    }

    private static bool IsBelowWarning(ReportDiagnostic severity) => severity is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden or ReportDiagnostic.Info;

    private static string Name(ReportDiagnostic severity) => severity switch
    {
        ReportDiagnostic.Suppress => "none",
        ReportDiagnostic.Hidden => "silent",
        _ => "suggestion",
    };

    /// <summary>Whether <paramref name="code"/> is disabled by a pragma of the file at <paramref name="position"/>.</summary>
    public bool IsDisabled(SyntaxTree tree, int position, string code)
    {
        bool disabled = false;
        foreach (var pragma in _pragmas.GetOrAdd(tree, Read))
        {
            if (pragma.SpanStart >= position)
            {
                break;
            }

            if (pragma.ErrorCodes.Count == 0 || Names(pragma, code))
            {
                disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }
        }

        return disabled;
    }

    private static bool Names(PragmaWarningDirectiveTriviaSyntax pragma, string code)
    {
        foreach (var expression in pragma.ErrorCodes)
        {
            string text = expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                LiteralExpressionSyntax literal => "CS" + literal.Token.ValueText.PadLeft(4, '0'),
                _ => string.Empty,
            };
            if (string.Equals(text, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<PragmaWarningDirectiveTriviaSyntax> Read(SyntaxTree tree)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (!root.ContainsDirectives)
        {
            return ImmutableArray<PragmaWarningDirectiveTriviaSyntax>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<PragmaWarningDirectiveTriviaSyntax>();
        for (var directive = root.GetFirstDirective(d => d is PragmaWarningDirectiveTriviaSyntax); directive is not null; directive = directive.GetNextDirective(d => d is PragmaWarningDirectiveTriviaSyntax))
        {
            builder.Add((PragmaWarningDirectiveTriviaSyntax)directive);
        }

        return builder.ToImmutable();
    }
}
