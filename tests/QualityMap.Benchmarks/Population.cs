using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;

namespace QualityMap.Benchmarks;

/// <summary>One synthetic enterprise: where it is registered and whether it starts high-risk.</summary>
public sealed record Enterprise(string Uscc, string Name, string TownCode, string CountyCode, bool HighRisk);

/// <summary>
/// The one population every part of the benchmark uses: enterprises spread evenly over the towns of the built-in
/// Jiaxing tree, each with a valid GB 32100 code registered in its county, about 8 % of them high-risk so the
/// counties have realistic colours. Pure: the same count and seed give the same enterprises.
/// </summary>
public sealed class Population
{
    public const string City = "330400";
    private const double HighRiskShare = 0.08;

    private Population(RegionTree tree, IReadOnlyList<Enterprise> enterprises)
    {
        Tree = tree;
        Enterprises = enterprises;
        Counties = [.. tree.ChildrenOf(City).Select(c => c.Code)];
    }

    public RegionTree Tree { get; }

    public IReadOnlyList<Enterprise> Enterprises { get; }

    public IReadOnlyList<string> Counties { get; }

    public static Population Generate(int count, int seed)
    {
        var tree = RegionTreeLoader.LoadBuiltInJiaxing().Subtree(City);
        var towns = tree.All.Where(r => r.Level == RegionLevel.Town).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var enterprises = new List<Enterprise>(count);
        for (var i = 0; i < count; i++)
        {
            var town = towns[i % towns.Count];
            string uscc;
            do uscc = UnifiedSocialCreditCode.Generate(random, town.ParentCode!);
            while (!seen.Add(uscc));
            enterprises.Add(new Enterprise(uscc, $"嘉兴基准{i}号电线电缆有限公司", town.Code, town.ParentCode!, random.NextDouble() < HighRiskShare));
        }
        return new Population(tree, enterprises);
    }

    /// <summary>The towns of <paramref name="county"/>.</summary>
    public IReadOnlyList<string> TownsOf(string county) => [.. Tree.ChildrenOf(county).Select(t => t.Code)];
}
