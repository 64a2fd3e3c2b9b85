using System.Diagnostics;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;
using Xunit.Abstractions;

namespace QualityMap.Tests.Regions;

[Collection(NationalRegionsCollection.Name)]
public sealed class NationalRegionListTests(NationalRegionsFixture national, ITestOutputHelper output)
{
    private readonly RegionTree _tree = national.Tree;

    [Fact]
    public void NationalListLoadsEveryTown()
    {
        Assert.Equal(31, _tree.CountAt(RegionLevel.Province));
        Assert.Equal(342, _tree.CountAt(RegionLevel.City));
        Assert.Equal(2_978, _tree.CountAt(RegionLevel.County));
        Assert.Equal(41_352, _tree.CountAt(RegionLevel.Town));
        Assert.Equal(31 + 342 + 2_978 + 41_352, _tree.Count);
        Assert.Equal(_tree.Count, _tree.All.Count());
    }

    [Fact]
    public void EveryTownReachesAProvinceThroughItsCountyAndCity()
    {
        foreach (var town in _tree.All.Where(region => region.Level == RegionLevel.Town))
        {
            var levels = _tree.AncestorsOf(town.Code).Select(ancestor => ancestor.Level);
            Assert.Equal([RegionLevel.County, RegionLevel.City, RegionLevel.Province], levels);
        }
    }

    [Fact]
    public void RootsAreTheProvinces()
    {
        Assert.Equal(31, _tree.Roots.Count);
        Assert.All(_tree.Roots, root => Assert.Equal(RegionLevel.Province, root.Level));
        Assert.Equal(new Region("330000", "浙江省", RegionLevel.Province, null), _tree.Find("330000"));
    }

    [Fact]
    public void ShortProvinceAndCityCodesArePaddedToSixDigits()
    {
        Assert.Equal(new Region("330400", "嘉兴市", RegionLevel.City, "330000"), _tree.Find("330400"));
        Assert.Equal(new Region("330402", "南湖区", RegionLevel.County, "330400"), _tree.Find("330402"));
        Assert.Null(_tree.Find("33"));
        Assert.Null(_tree.Find("3304"));
    }

    [Fact]
    public void MunicipalityDistrictsHangUnderACityNamedAsInTheList()
    {
        // 北京 has no prefecture; GB/T 2260 names its city level 110100 市辖区 and the list keeps it.
        Assert.Equal(new Region("110100", "市辖区", RegionLevel.City, "110000"), _tree.Find("110100"));
        Assert.Equal("110100", _tree.Find("110101")?.ParentCode);
    }

    [Fact]
    public void ProvinceAdministeredCountiesHangUnderTheirGroupingCity()
    {
        Assert.Equal(new Region("419000", "省直辖县级行政区划", RegionLevel.City, "410000"), _tree.Find("419000"));
        Assert.Equal("419000", _tree.Find("419001")?.ParentCode);
    }

    [Fact]
    public void CityWithoutCountiesLendsItsCodeToItsStandInCounty()
    {
        var county = new Region("441900", "东莞市", RegionLevel.County, "441999");
        Assert.Equal(county, _tree.Find("441900"));
        Assert.Equal(new Region("441999", "东莞市", RegionLevel.City, "440000"), _tree.Find("441999"));
        Assert.Equal(["441900", "441999", "440000"], _tree.AncestorsOf("441900003").Select(region => region.Code));
        Assert.Equal("442099", _tree.Find("442000")?.ParentCode);
        Assert.Equal("460499", _tree.Find("460400")?.ParentCode);
    }

    [Fact]
    public void SubtreeKeepsTheAncestorsButNotTheirOtherChildren()
    {
        var nanhu = _tree.Subtree("330402");

        Assert.Equal(["330400"], nanhu.ChildrenOf("330000").Select(region => region.Code));
        Assert.Equal(["330402"], nanhu.ChildrenOf("330400").Select(region => region.Code));
        Assert.Equal(_tree.ChildrenOf("330402"), nanhu.ChildrenOf("330402"));
        Assert.Equal(3 + _tree.ChildrenOf("330402").Count, nanhu.Count);
    }

    [Fact]
    public void RootCodeRestrictsTheLoadToThatSubtree()
    {
        var jiaxing = RegionTreeLoader.Load(SharedData.RegionsDirectory, rootCode: "330400");

        Assert.Equal(_tree.Subtree("330400").All, jiaxing.All);
        Assert.Equal(72, jiaxing.CountAt(RegionLevel.Town));
    }

    [Fact]
    public void NationalLoadTakesUnderTwoSeconds()
    {
        var stopwatch = Stopwatch.StartNew();
        var tree = RegionTreeLoader.Load(SharedData.RegionsDirectory);
        var warm = stopwatch.Elapsed;

        output.WriteLine($"National load ({tree.Count:N0} regions): first {national.FirstLoadTime.TotalMilliseconds:F0} ms, warm {warm.TotalMilliseconds:F0} ms.");
        // Generous bound: only catches an accidental quadratic step, not machine noise.
        Assert.True(warm < TimeSpan.FromSeconds(2), $"Warm national load took {warm}.");
    }
}
