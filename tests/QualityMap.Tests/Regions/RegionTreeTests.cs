using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Regions;

public sealed class RegionTreeTests
{
    private static readonly Region s_zhejiang = new("330000", "浙江省", RegionLevel.Province, null);
    private static readonly Region s_jiaxing = new("330400", "嘉兴市", RegionLevel.City, "330000");
    private static readonly Region s_nanhu = new("330402", "南湖区", RegionLevel.County, "330400");
    private static readonly Region s_xiuzhou = new("330411", "秀洲区", RegionLevel.County, "330400");
    private static readonly Region s_jianshe = new("330402007", "建设街道", RegionLevel.Town, "330402");
    private static readonly Region s_jiefang = new("330402008", "解放街道", RegionLevel.Town, "330402");
    private static readonly Region s_xincheng = new("330411002", "新城街道", RegionLevel.Town, "330411");

    // Deliberately out of order: the tree sorts.
    private static Region[] Valid => [s_xincheng, s_jiefang, s_xiuzhou, s_jianshe, s_nanhu, s_jiaxing, s_zhejiang];

    private readonly RegionTree _tree = new(Valid);

    [Fact]
    public void FindReturnsTheRegionWithThatCode()
    {
        Assert.Equal(s_jianshe, _tree.Find("330402007"));
        Assert.Null(_tree.Find("330402999"));
    }

    [Fact]
    public void TryGetReportsWhetherTheCodeIsKnown()
    {
        Assert.True(_tree.TryGet("330411", out var region));
        Assert.Equal(s_xiuzhou, region);
        Assert.False(_tree.TryGet("330999", out _));
    }

    [Fact]
    public void ChildrenAreSortedByCode()
    {
        Assert.Equal([s_nanhu, s_xiuzhou], _tree.ChildrenOf("330400"));
        Assert.Equal([s_jianshe, s_jiefang], _tree.ChildrenOf("330402"));
    }

    [Fact]
    public void TownsHaveNoChildren() => Assert.Empty(_tree.ChildrenOf("330402007"));

    [Fact]
    public void ChildListsCannotBeChangedByCallers()
    {
        var children = (IList<Region>)_tree.ChildrenOf("330400");
        Assert.Throws<NotSupportedException>(() => children.Add(s_jianshe));
    }

    [Fact]
    public void AncestorsAreListedNearestFirst()
    {
        Assert.Equal([s_nanhu, s_jiaxing, s_zhejiang], _tree.AncestorsOf("330402007"));
        Assert.Empty(_tree.AncestorsOf("330000"));
    }

    [Fact]
    public void UnknownCodesAreReportedByChildrenAncestorsAndSubtree()
    {
        Assert.Contains("330999", Assert.Throws<KeyNotFoundException>(() => _tree.ChildrenOf("330999")).Message);
        Assert.Contains("330999", Assert.Throws<KeyNotFoundException>(() => _tree.AncestorsOf("330999")).Message);
        Assert.Contains("330999", Assert.Throws<KeyNotFoundException>(() => _tree.Subtree("330999")).Message);
    }

    [Fact]
    public void CountsAreKeptPerLevel()
    {
        Assert.Equal(7, _tree.Count);
        Assert.Equal(1, _tree.CountAt(RegionLevel.Province));
        Assert.Equal(1, _tree.CountAt(RegionLevel.City));
        Assert.Equal(2, _tree.CountAt(RegionLevel.County));
        Assert.Equal(3, _tree.CountAt(RegionLevel.Town));
    }

    [Fact]
    public void AllAndRootsAreSortedByCode()
    {
        Assert.Equal(
            ["330000", "330400", "330402", "330402007", "330402008", "330411", "330411002"],
            _tree.All.Select(region => region.Code));
        Assert.Equal([s_zhejiang], _tree.Roots);
    }

    [Fact]
    public void OnlyKnownTownsAreTowns()
    {
        Assert.True(_tree.IsTown("330402007"));
        Assert.False(_tree.IsTown("330402"));
        Assert.False(_tree.IsTown("330402999"));
    }

    [Fact]
    public void SubtreeKeepsTheRegionItsDescendantsAndItsPathUp()
    {
        var nanhu = _tree.Subtree("330402");

        Assert.Equal([s_zhejiang, s_jiaxing, s_nanhu, s_jianshe, s_jiefang], nanhu.All);
        Assert.Equal([s_nanhu], nanhu.ChildrenOf("330400"));
        Assert.Equal([s_nanhu, s_jiaxing, s_zhejiang], nanhu.AncestorsOf("330402008"));
    }

    [Fact]
    public void SubtreeOfATownIsItsPath()
    {
        Assert.Equal([s_zhejiang, s_jiaxing, s_nanhu, s_jianshe], _tree.Subtree("330402007").All);
    }

    [Fact]
    public void DuplicateCodeIsRejected() =>
        AssertRejected("330402007", [.. Valid, s_jianshe with { Name = "别的街道" }]);

    [Fact]
    public void MissingParentIsRejected() =>
        AssertRejected("330424001", [.. Valid, new("330424001", "武原街道", RegionLevel.Town, "330424")]);

    [Fact]
    public void TownDirectlyUnderACityIsRejected() =>
        AssertRejected("330400001", [.. Valid, new("330400001", "某街道", RegionLevel.Town, "330400")]);

    [Fact]
    public void CountyDirectlyUnderAProvinceIsRejected() =>
        AssertRejected("330499", [.. Valid, new("330499", "某县", RegionLevel.County, "330000")]);

    [Fact]
    public void ProvinceWithAParentIsRejected() =>
        AssertRejected("320000", [.. Valid, new("320000", "江苏省", RegionLevel.Province, "330000")]);

    [Fact]
    public void CityWithoutAParentIsRejected() =>
        AssertRejected("330500", [.. Valid, new("330500", "湖州市", RegionLevel.City, null)]);

    [Theory]
    [InlineData("33040", RegionLevel.County)]
    [InlineData("3304021", RegionLevel.County)]
    [InlineData("33040A", RegionLevel.County)]
    [InlineData("330402", RegionLevel.Town)]
    [InlineData("3304020071", RegionLevel.Town)]
    [InlineData("33", RegionLevel.Province)]
    public void CodeOfTheWrongLengthOrWithNonDigitsIsRejected(string code, RegionLevel level)
    {
        var parent = level switch
        {
            RegionLevel.County => "330400",
            RegionLevel.Town => "330402",
            _ => null,
        };
        AssertRejected(code, [.. Valid, new(code, "某地", level, parent)]);
    }

    [Fact]
    public void TownNotUnderItsCountysCodeIsRejected() =>
        AssertRejected("330411009", [.. Valid, new("330411009", "某街道", RegionLevel.Town, "330402")]);

    [Fact]
    public void CountyNotUnderItsCitysCodeIsRejected() =>
        AssertRejected("330502", [.. Valid, new("330502", "吴兴区", RegionLevel.County, "330400")]);

    [Fact]
    public void CityNotUnderItsProvincesCodeIsRejected() =>
        AssertRejected("320500", [.. Valid, new("320500", "苏州市", RegionLevel.City, "330000")]);

    [Fact]
    public void BlankNameIsRejected() =>
        AssertRejected("330411003", [.. Valid, new("330411003", " ", RegionLevel.Town, "330411")]);

    private static void AssertRejected(string code, Region[] regions)
    {
        var error = Assert.Throws<RegionTreeException>(() => new RegionTree(regions));
        Assert.Equal(code, error.Code);
        Assert.Contains(code, error.Message);
    }
}
