namespace QualityMap.Grains.Colouring;

/// <summary>
/// Lower bounds, in percent of monitored enterprises that are high-risk, of red, orange and yellow; below
/// <see cref="YellowPercent"/> is green. A share exactly at a bound takes the bound's colour.
/// </summary>
public sealed class ColourThresholds
{
    public decimal RedPercent { get; set; } = 20m;

    public decimal OrangePercent { get; set; } = 10m;

    public decimal YellowPercent { get; set; } = 5m;

    public IEnumerable<string> Validate(string path)
    {
        if (!(0m < YellowPercent && YellowPercent <= OrangePercent && OrangePercent <= RedPercent && RedPercent <= 100m))
            yield return $"{path}: thresholds must satisfy 0 < yellow <= orange <= red <= 100 (were {YellowPercent}, {OrangePercent}, {RedPercent}).";
    }
}
