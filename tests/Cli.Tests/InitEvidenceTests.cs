using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Netra.Ssot.Cli.Engine.Init;

namespace Netra.Ssot.Cli.Tests;

/// <summary>
/// What <c>init</c> takes as evidence that two same-name types are copies (normalized code, public members), and how
/// it counts references; on in-memory compilations.
/// </summary>
public sealed class InitEvidenceTests
{
    private const string Calculator = """
        public sealed class PriceCalculator
        {
            public static PriceCalculator Default { get; } = new PriceCalculator();

            public decimal Total(decimal net, decimal rate) => System.Math.Round(net * (1 + rate), 2);

            public decimal Net(decimal gross, decimal rate) => System.Math.Round(gross / (1 + rate), 2);
        }
        """;

    [Fact]
    public void A_copy_in_another_namespace_with_other_comments_and_layout_is_identical_code()
    {
        var evidence = Compare(
            "namespace Core;\n" + Calculator,
            "namespace Shop;\n// copied\n" + Calculator.Replace("=> System.Math.Round(net", "\n        => System.Math.Round(net", StringComparison.Ordinal));

        Assert.Equal(new Evidence(4, "identical code"), evidence);
    }

    [Fact]
    public void A_copy_with_one_changed_body_is_near_identical()
    {
        var evidence = Compare("namespace Core;\n" + Calculator, "namespace Shop;\n" + Calculator.Replace("gross / (1 + rate), 2)", "gross / (1 + rate), 4)", StringComparison.Ordinal));

        Assert.Equal(new Evidence(3, "near-identical code (95% in common)"), evidence);
    }

    [Fact]
    public void A_type_with_the_other_ones_public_members_and_more_is_weaker_evidence()
    {
        var evidence = Compare(
            "namespace Core;\npublic sealed class Money { public decimal Amount { get; init; } public string Currency { get; init; } = \"EUR\"; }",
            "namespace Shop;\npublic sealed class Money\n{\n    private readonly decimal _amount;\n    public Money(decimal amount) { _amount = amount; }\n    public decimal Amount => _amount;\n    public string Currency => \"EUR\";\n}");

        Assert.Equal(new Evidence(1, "2 of 2 public members in common (Amount, Currency)"), evidence);
    }

    [Fact]
    public void The_same_public_members_with_different_code_count_as_one_thing()
    {
        var evidence = Compare(
            "namespace Core;\npublic sealed class Money { public decimal Amount { get; init; } public string Currency { get; init; } = \"EUR\"; }",
            "namespace Shop;\npublic sealed class Money { public decimal Amount { get; init; } = 1m; public string Currency { get; init; } = \"USD\"; }");

        Assert.Equal(new Evidence(2, "the same 2 public members"), evidence);
    }

    [Fact]
    public void Types_that_share_only_a_name_have_no_evidence_and_empty_ones_prove_nothing()
    {
        Assert.Equal(Evidence.None, Compare("namespace Orders;\npublic enum Status { Open, Paid }", "namespace Shipping;\npublic enum Status { Waiting, Delivered }"));
        Assert.Equal(Evidence.None, Compare("namespace A;\npublic sealed class Marker { }", "namespace B;\npublic sealed class Marker { }"));
        // Enum members are compared with their values: the same words for different numbers are different enums.
        Assert.Equal(Evidence.None, Compare("namespace Dlna;\npublic enum CodecType { Video = 0, VideoAudio = 1, Audio = 2 }", "namespace Probing;\npublic enum CodecType { Video, Audio, Data, Subtitle }"));
    }

    [Fact]
    public void References_count_names_outside_the_declaration_attributes_and_aliases_but_not_crefs()
    {
        var compilation = Compile("""
            using Calc = Core.PriceCalculator;

            namespace Core
            {
                public sealed class PriceCalculator
                {
                    public static PriceCalculator Default { get; } = new PriceCalculator();
                }

                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class AuditedAttribute : System.Attribute { }
            }

            namespace Shop
            {
                /// <summary>Uses <see cref="Core.PriceCalculator"/>.</summary>
                [Core.Audited]
                public sealed class Checkout
                {
                    private readonly Calc _calc = Core.PriceCalculator.Default;
                }
            }
            """);

        var uses = TypeUseCounter.Count(new[] { compilation }, new[] { ("T", "Core.PriceCalculator"), ("T", "Core.AuditedAttribute"), ("T", "Shop.Checkout") }, CancellationToken.None);

        // The alias target and the qualified access count; the cref and the type's own 'new PriceCalculator()' do not.
        Assert.Equal(new TypeUse(2, 2), uses[("T", "Core.PriceCalculator")]);
        Assert.Equal(new TypeUse(1, 1), uses[("T", "Core.AuditedAttribute")]);
        Assert.Equal(new TypeUse(0, 0), uses[("T", "Shop.Checkout")]);
    }

    private static Evidence Compare(string first, string second)
    {
        var compilation = Compile(first, second);
        var types = compilation.SyntaxTrees
            .Select(tree => compilation.GetSemanticModel(tree).GetDeclaredSymbol(tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().First())!)
            .ToList();
        var a = TypeShape.Of(types[0], CancellationToken.None);
        var b = TypeShape.Of(types[1], CancellationToken.None);
        Assert.Equal(Evidence.Between(a, b), Evidence.Between(b, a));
        return Evidence.Between(a, b);
    }

    private static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "T",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"/src/File{i}.cs")),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
