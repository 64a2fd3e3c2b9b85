using System.Diagnostics;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Regions;

/// <summary>The national division list, loaded once for every test class that needs it.</summary>
public sealed class NationalRegionsFixture
{
    public NationalRegionsFixture()
    {
        var stopwatch = Stopwatch.StartNew();
        Tree = RegionTreeLoader.Load(SharedData.RegionsDirectory);
        FirstLoadTime = stopwatch.Elapsed;
    }

    public RegionTree Tree { get; }

    /// <summary>Includes JIT and file-cache warm-up, so it is the worst case a silo start sees.</summary>
    public TimeSpan FirstLoadTime { get; }
}
