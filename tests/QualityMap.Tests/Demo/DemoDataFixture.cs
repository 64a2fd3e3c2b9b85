using QualityMap.Grains.Regions;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Demo;

/// <summary>The default demo population over the built-in Jiaxing tree, generated once for all generator tests.</summary>
public sealed class DemoDataFixture
{
    public const int Seed = 20201;
    public const int Enterprises = 3300;

    public static readonly DateTimeOffset Now = new(2026, 5, 20, 2, 30, 0, TimeSpan.Zero);

    public DemoDataFixture()
    {
        Regions = RegionTreeLoader.LoadBuiltInJiaxing();
        Data = DemoDataGenerator.Generate(Regions, Now, Seed, Enterprises);
    }

    public RegionTree Regions { get; }

    public DemoData Data { get; }
}
