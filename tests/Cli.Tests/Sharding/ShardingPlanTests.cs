using Netra.Ssot.Cli.Engine.Sharding;

namespace Netra.Ssot.Cli.Tests.Sharding;

/// <summary>The shard assignment: deterministic, balanced by source size, stable as projects are added; and K/N parsing.</summary>
public sealed class ShardingPlanTests
{
    [Fact]
    public void The_same_projects_give_the_same_plan_in_any_order()
    {
        var units = Units(12, seed: 7);
        var plan = ShardPlan.Assign(units, 3);

        Assert.Equal(plan, ShardPlan.Assign(Enumerable.Reverse(units), 3));
        Assert.Equal(plan, ShardPlan.Assign(units.OrderBy(u => u.Bytes % 5).ThenBy(u => u.Project, StringComparer.Ordinal), 3));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["src/P00/P00.csproj"] = 1,
                ["src/P01/P01.csproj"] = 2,
                ["src/P02/P02.csproj"] = 2,
                ["src/P03/P03.csproj"] = 2,
                ["src/P04/P04.csproj"] = 1,
                ["src/P05/P05.csproj"] = 1,
                ["src/P06/P06.csproj"] = 3,
                ["src/P07/P07.csproj"] = 1,
                ["src/P08/P08.csproj"] = 2,
                ["src/P09/P09.csproj"] = 3,
                ["src/P10/P10.csproj"] = 3,
                ["src/P11/P11.csproj"] = 3,
            },
            plan.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Every_shard_holds_an_even_share_of_the_bytes_give_or_take_one_project(int count)
    {
        var units = Units(60, seed: count);
        var plan = ShardPlan.Assign(units, count);

        long total = units.Sum(u => u.Bytes);
        long largest = units.Max(u => u.Bytes);
        var loads = Enumerable.Range(1, count).Select(shard => units.Where(u => plan[u.Project] == shard).Sum(u => u.Bytes)).ToList();
        Assert.Equal(units.Count, plan.Count);
        Assert.All(loads, load => Assert.InRange(load, (total / count) - largest, (total / count) + largest));
        Assert.Equal(total, loads.Sum());
    }

    [Fact]
    public void A_project_larger_than_an_even_share_gets_a_shard_to_itself_and_none_stays_empty()
    {
        var units = new[]
        {
            new ShardUnit("src/Backend/Netra.Backend.csproj", 28732),
            new ShardUnit("tests/Backend.Tests/Netra.Backend.Tests.csproj", 13323),
            new ShardUnit("src/Auth/Netra.Auth.csproj", 6359),
            new ShardUnit("src/Infrastructure/Netra.Infrastructure.csproj", 6288),
        };

        var plan = ShardPlan.Assign(units, 3);

        int backend = plan["src/Backend/Netra.Backend.csproj"];
        Assert.DoesNotContain(plan, p => p.Key != "src/Backend/Netra.Backend.csproj" && p.Value == backend);
        Assert.Equal(3, plan.Values.Distinct().Count());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Adding_a_project_moves_few_others(int count)
    {
        var worst = new Dictionary<long, int> { [500] = 0, [8_000] = 0, [40_000] = 0 };
        for (int seed = 0; seed < 20; seed++)
        {
            var units = Units(40, seed);
            var before = ShardPlan.Assign(units, count);
            foreach (long bytes in worst.Keys.ToList())
            {
                var after = ShardPlan.Assign(units.Append(new ShardUnit($"src/New{seed}/New{seed}.csproj", bytes)), count);
                int moved = units.Count(u => before[u.Project] != after[u.Project]);
                worst[bytes] = Math.Max(worst[bytes], moved);
            }
        }

        // Of 40 projects averaging 25 kB: a small new project moves at most one other, an ordinary one two, one of
        // 40 kB (larger than most) six; the rest stay on their shard.
        Assert.InRange(worst[500], 0, 1);
        Assert.InRange(worst[8_000], 0, 2);
        Assert.InRange(worst[40_000], 0, 6);
    }

    [Fact]
    public void One_shard_takes_every_project()
    {
        var plan = ShardPlan.Assign(Units(5, seed: 1), 1);

        Assert.All(plan.Values, shard => Assert.Equal(1, shard));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("7/7", 7, 7)]
    public void K_of_N_is_read(string text, int index, int count)
    {
        Assert.Equal((new ShardSpec(index, count), (string?)null), ShardSpec.Parse(text));
    }

    [Theory]
    [InlineData("0/3", "--shard '0/3': K must be from 1 to N (3).")]
    [InlineData("4/3", "--shard '4/3': K must be from 1 to N (3).")]
    [InlineData("1/0", "--shard '1/0': N must be at least 1.")]
    [InlineData("3", "--shard takes K/N, shard K of N (e.g. 2/4), not '3'.")]
    [InlineData("-1/3", "--shard takes K/N, shard K of N (e.g. 2/4), not '-1/3'.")]
    [InlineData("1/3/5", "--shard takes K/N, shard K of N (e.g. 2/4), not '1/3/5'.")]
    [InlineData("a/b", "--shard takes K/N, shard K of N (e.g. 2/4), not 'a/b'.")]
    public void A_bad_shard_is_refused_with_why(string text, string error)
    {
        Assert.Equal(((ShardSpec?)null, error), ShardSpec.Parse(text));
    }

    /// <summary>Projects src/Pnn/Pnn.csproj with sizes spread like a real solution's (1 kB to 120 kB), from a seed.</summary>
    private static List<ShardUnit> Units(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => new ShardUnit($"src/P{i:00}/P{i:00}.csproj", (long)Math.Round(1_000 * Math.Pow(120, random.NextDouble()))))
            .ToList();
    }
}
