namespace QualityMap.Grains.Colouring;

/// <summary>The colour names bureau users read (zh-CN).</summary>
public static class ColourNames
{
    public static string Chinese(RegionColour colour) => colour switch
    {
        RegionColour.Red => "红色",
        RegionColour.Orange => "橙色",
        RegionColour.Yellow => "黄色",
        RegionColour.Green => "绿色",
        _ => "无数据",
    };
}
