using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Regions;

[Collection(NationalRegionsCollection.Name)]
public sealed class BuiltInJiaxingTests(NationalRegionsFixture national)
{
    private readonly RegionTree _jiaxing = RegionTreeLoader.LoadBuiltInJiaxing();

    [Fact]
    public void BuiltInJiaxingHasOneCitySevenCountiesAndSeventyTwoTowns()
    {
        Assert.Equal(1, _jiaxing.CountAt(RegionLevel.Province));
        Assert.Equal(1, _jiaxing.CountAt(RegionLevel.City));
        Assert.Equal(7, _jiaxing.CountAt(RegionLevel.County));
        Assert.Equal(72, _jiaxing.CountAt(RegionLevel.Town));
    }

    [Fact]
    public void BuiltInJiaxingMatchesTheNationalList()
    {
        // Records compare code, name, level and parent; both sequences are sorted by code.
        Assert.Equal(national.Tree.Subtree("330400").All, _jiaxing.All);
    }

    [Fact]
    public void BuiltInJiaxingListsTheSevenCountiesInCodeOrder()
    {
        Assert.Equal(
            [
                ("330402", "南湖区"), ("330411", "秀洲区"), ("330421", "嘉善县"), ("330424", "海盐县"),
                ("330481", "海宁市"), ("330482", "平湖市"), ("330483", "桐乡市"),
            ],
            _jiaxing.ChildrenOf("330400").Select(county => (county.Code, county.Name)));
    }

    [Fact]
    public void BuiltInJiaxingResolvesATownToItsPath()
    {
        Assert.True(_jiaxing.IsTown("330402007"));
        Assert.Equal(new Region("330402007", "建设街道", RegionLevel.Town, "330402"), _jiaxing.Find("330402007"));
        Assert.Equal(["南湖区", "嘉兴市", "浙江省"], _jiaxing.AncestorsOf("330402007").Select(region => region.Name));
    }
}
