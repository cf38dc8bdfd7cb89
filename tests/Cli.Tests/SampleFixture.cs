using Netra.Ssot.Cli.Engine;
using Netra.Ssot.Cli.Model;

namespace Netra.Ssot.Cli.Tests;

/// <summary>Checks the NetraApex sample once (restoring it first) and shares the report.</summary>
public sealed class SampleFixture : IAsyncLifetime
{
    internal CheckReport Slnx { get; private set; } = null!;

    internal CheckReport Sln { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slnx = await SsotCheck.RunAsync(new CheckOptions { Path = "NetraApex.slnx", Restore = true }, Repository.Sample, null, CancellationToken.None);
        Sln = await SsotCheck.RunAsync(new CheckOptions { Path = "NetraApex.sln", Restore = false }, Repository.Sample, null, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
#pragma warning disable CA1711 // xUnit's name for a collection definition
public sealed class SampleCollection : ICollectionFixture<SampleFixture>
{
    public const string Name = "sample";
}
#pragma warning restore CA1711

