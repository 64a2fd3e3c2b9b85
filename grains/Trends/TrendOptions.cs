namespace QualityMap.Grains.Trends;

/// <summary>
/// Region trends (section "Trends"). The 24-hour and 90-day spans come from the issue that asked for them; how often a
/// town's trend is stored is ours: changes are kept in memory and written at most this often (and when the grain
/// deactivates), so the ingest path never waits for a trend write.
/// </summary>
public sealed class TrendOptions
{
    public const string SectionName = "Trends";

    public TimeSpan WriteInterval { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Validate()
    {
        if (WriteInterval <= TimeSpan.Zero || WriteInterval > TimeSpan.FromHours(1))
            yield return $"{SectionName}:{nameof(WriteInterval)} must be more than 0 and at most 01:00:00 (was {WriteInterval}).";
    }
}
