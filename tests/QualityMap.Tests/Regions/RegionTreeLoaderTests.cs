using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;

namespace QualityMap.Tests.Regions;

public sealed class RegionTreeLoaderTests : IDisposable
{
    private const string JiaxingJson = """
        {
          "code": "330000", "name": "浙江省", "level": "province",
          "children": [
            {
              "code": "330400", "name": "嘉兴市", "level": "city",
              "children": [
                {
                  "code": "330402", "name": "南湖区", "level": "county",
                  "children": [
                    { "code": "330402007", "name": "建设街道", "level": "town" },
                    { "code": "330402100", "name": "凤桥镇", "level": "town", "children": [] }
                  ]
                },
                { "code": "330411", "name": "秀洲区", "level": "county" }
              ]
            }
          ]
        }
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void JsonTreeLoadsWithParentsTakenFromNesting()
    {
        var tree = RegionTreeLoader.Load(_directory.Write("jiaxing.json", JiaxingJson));

        Assert.Equal(
            [
                new Region("330000", "浙江省", RegionLevel.Province, null),
                new Region("330400", "嘉兴市", RegionLevel.City, "330000"),
                new Region("330402", "南湖区", RegionLevel.County, "330400"),
                new Region("330402007", "建设街道", RegionLevel.Town, "330402"),
                new Region("330402100", "凤桥镇", RegionLevel.Town, "330402"),
                new Region("330411", "秀洲区", RegionLevel.County, "330400"),
            ],
            tree.All);
    }

    [Fact]
    public void JsonRootMayBeAnArrayOfProvinces()
    {
        var path = _directory.Write("two.json", """
            [
              { "code": "330000", "name": "浙江省", "level": "province" },
              { "code": "440000", "name": "广东省", "level": "Province" }
            ]
            """);

        Assert.Equal(["330000", "440000"], RegionTreeLoader.Load(path).Roots.Select(root => root.Code));
    }

    [Fact]
    public void RootCodeRestrictsAJsonLoadToThatSubtree()
    {
        var tree = RegionTreeLoader.Load(_directory.Write("jiaxing.json", JiaxingJson), rootCode: "330411");

        Assert.Equal(["330000", "330400", "330411"], tree.All.Select(region => region.Code));
    }

    [Fact]
    public void JsonWithAnUnknownLevelNamesTheRegion()
    {
        var path = _directory.Write("bad.json", """{ "code": "330000", "name": "浙江省", "level": "state" }""");

        var error = Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(path));
        Assert.Contains("330000", error.Message);
        Assert.Contains("state", error.Message);
    }

    [Fact]
    public void JsonRegionWithoutANameIsRejected()
    {
        var path = _directory.Write("bad.json", """{ "code": "330000", "level": "province" }""");

        Assert.Contains("\"name\"", Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(path)).Message);
    }

    [Fact]
    public void MalformedJsonIsReportedAsInvalidData()
    {
        var path = _directory.Write("bad.json", """{ "code": "330000", """);

        Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(path));
    }

    [Fact]
    public void JsonNestingThatBreaksTheTreeNamesTheRegion()
    {
        var path = _directory.Write("bad.json", """
            { "code": "330000", "name": "浙江省", "level": "province",
              "children": [ { "code": "330402007", "name": "建设街道", "level": "town" } ] }
            """);

        Assert.Equal("330402007", Assert.Throws<RegionTreeException>(() => RegionTreeLoader.Load(path)).Code);
    }

    [Fact]
    public void CsvDirectoryLoadsQuotedNamesAndNormalisesCodes()
    {
        WriteCsvDirectory(streets: """"
            code,name,areaCode,provinceCode,cityCode
            330402007,"建设街道, 老城",330402,33,3304
            330402008000,"解放""街道""",330402,33,3304
            """");

        var tree = RegionTreeLoader.Load(_directory.FullName);

        Assert.Equal(new Region("330000", "浙江省", RegionLevel.Province, null), tree.Find("330000"));
        Assert.Equal(new Region("330400", "嘉兴市", RegionLevel.City, "330000"), tree.Find("330400"));
        Assert.Equal("建设街道, 老城", tree.Find("330402007")?.Name);
        Assert.Equal("解放\"街道\"", tree.Find("330402008")?.Name);
    }

    [Fact]
    public void CsvRowContradictingItsParentsRowIsRejected()
    {
        WriteCsvDirectory(streets: """
            code,name,areaCode,provinceCode,cityCode
            330402007,建设街道,330402,33,3305
            """);

        var error = Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(_directory.FullName));
        Assert.Contains("streets.csv line 2", error.Message);
        Assert.Contains("330402007", error.Message);
    }

    [Fact]
    public void CsvCodeOfTheWrongLengthIsRejectedWithItsLine()
    {
        WriteCsvDirectory(streets: """
            code,name,areaCode,provinceCode,cityCode
            330402007,建设街道,330402,33,3304
            3304020,解放街道,330402,33,3304
            """);

        var error = Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(_directory.FullName));
        Assert.Contains("streets.csv line 3", error.Message);
        Assert.Contains("3304020", error.Message);
    }

    [Fact]
    public void CsvCityWithoutCountiesMovesAsideForItsStandInCounty()
    {
        WriteDongguan(extraCounty: "");

        var tree = RegionTreeLoader.Load(_directory.FullName);

        Assert.Equal(["441900", "441999", "440000"], tree.AncestorsOf("441900003").Select(region => region.Code));
    }

    [Fact]
    public void CsvStandInCityCodeThatIsTakenIsRejected()
    {
        WriteDongguan(extraCounty: "441999,\"某区\",4419,44\n");

        Assert.Contains("441999", Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(_directory.FullName)).Message);
    }

    [Fact]
    public void CsvDirectoryMissingAFileNamesIt()
    {
        WriteCsvDirectory(streets: null);

        var error = Assert.Throws<FileNotFoundException>(() => RegionTreeLoader.Load(_directory.FullName));
        Assert.Contains("streets.csv", error.Message);
    }

    [Fact]
    public void CsvFileMissingAColumnNamesIt()
    {
        WriteCsvDirectory(streets: "code,name,provinceCode,cityCode\n");

        Assert.Contains("areaCode", Assert.Throws<InvalidDataException>(() => RegionTreeLoader.Load(_directory.FullName)).Message);
    }

    [Fact]
    public void MissingPathIsReported()
    {
        Assert.Throws<FileNotFoundException>(() => RegionTreeLoader.Load(Path.Combine(_directory.FullName, "none.json")));
        Assert.Throws<FileNotFoundException>(() => RegionTreeLoader.Load(Path.Combine(_directory.FullName, "none")));
    }

    [Fact]
    public void FileThatIsNotJsonIsNotSupported()
    {
        var path = _directory.Write("regions.xml", "<regions />");

        Assert.Contains("regions.xml", Assert.Throws<NotSupportedException>(() => RegionTreeLoader.Load(path)).Message);
    }

    [Fact]
    public void UnknownRootCodeIsReported()
    {
        var path = _directory.Write("jiaxing.json", JiaxingJson);

        Assert.Contains("330500", Assert.Throws<KeyNotFoundException>(() => RegionTreeLoader.Load(path, "330500")).Message);
    }

    private void WriteCsvDirectory(string? streets)
    {
        _directory.Write("provinces.csv", "code,name\n33,\"浙江省\"\n");
        _directory.Write("cities.csv", "code,name,provinceCode\n3304,\"嘉兴市\",33\n");
        _directory.Write("areas.csv", "code,name,cityCode,provinceCode\n330402,\"南湖区\",3304,33\n");
        if (streets is not null)
        {
            _directory.Write("streets.csv", streets + "\n");
        }
    }

    private void WriteDongguan(string extraCounty)
    {
        _directory.Write("provinces.csv", "code,name\n44,\"广东省\"\n");
        _directory.Write("cities.csv", "code,name,provinceCode\n4419,\"东莞市\",44\n");
        _directory.Write("areas.csv", "code,name,cityCode,provinceCode\n441900,\"东莞市\",4419,44\n" + extraCounty);
        _directory.Write("streets.csv", "code,name,areaCode,provinceCode,cityCode\n441900003,\"东城街道\",441900,44,4419\n");
    }
}
