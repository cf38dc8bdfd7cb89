using Microsoft.CodeAnalysis;
using Netra.Ssot.Engine;
using Netra.Ssot.TestKit;

namespace Netra.Ssot.Analyzers.Tests.Engine;

public sealed class SymbolNamesTests
{
    [Theory]
    [InlineData("Bit.Core.CommandResult", "CommandResult")]
    [InlineData("Bit.Core.CommandResult`1", "CommandResult<T>")]
    [InlineData("Bit.Core.Cache`2", "Cache<T1, T2>")]
    [InlineData("Bit.Core.Outer`1+Inner", "Inner")]
    [InlineData("App.IRepository`1[App.Order]", "IRepository<App.Order>")]
    public void A_metadata_name_is_shown_with_its_arity(string metadataName, string shown)
        => Assert.Equal(shown, SymbolNames.DisplayName(metadataName));

    [Theory]
    [InlineData("Shared.Box`1", "Shared.Box<T>")]
    [InlineData("Shared.Map`2", "Shared.Map<T1, T2>")]
    [InlineData("Shared.Outer+Inner`1", "Shared.Outer.Inner<T>")]
    [InlineData("namespace Netra.Backend.Legacy", "namespace Netra.Backend.Legacy")]
    [InlineData("Shared.TokenHelper.Decode(System.String)", "Shared.TokenHelper.Decode(System.String)")]
    [InlineData("Shared.Mapper.Map``1(``0)", "Shared.Mapper.Map``1(``0)")]
    public void Qualified_metadata_names_in_text_are_written_as_csharp(string text, string shown)
        => Assert.Equal(shown, SymbolNames.QualifiedDisplayName(text));

    [Fact]
    public void A_symbol_is_shown_with_its_own_type_parameter_names_or_its_arguments()
    {
        var compilation = AnalyzerTest.CompileProject("Lib", ("src/Cache.cs", """
            namespace Lib;
            public class Cache<TKey, TValue> { }
            public class Orders : Cache<string, int> { }
            public class Plain { }
            """));
        var cache = compilation.GetTypeByMetadataName("Lib.Cache`2")!;
        var orders = compilation.GetTypeByMetadataName("Lib.Orders")!;

        Assert.Equal("Cache<TKey, TValue>", SymbolNames.DisplayName(cache));
        Assert.Equal("Cache<string, int>", SymbolNames.DisplayName(orders.BaseType!));
        Assert.Equal("Plain", SymbolNames.DisplayName(compilation.GetTypeByMetadataName("Lib.Plain")!));
    }
}
