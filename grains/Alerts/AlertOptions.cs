namespace QualityMap.Grains.Alerts;

/// <summary>When unacknowledged alerts are re-sent and escalated (section "Alerts"); the regulation sets no times.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>An alert nobody acknowledged is sent again after this long.</summary>
    public TimeSpan ResendAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An alert still unacknowledged after this long is raised to the city bureau.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Alerts a region keeps; older acknowledged ones are dropped first.</summary>
    public int Retained { get; set; } = 1_000;

    public IEnumerable<string> Validate()
    {
        if (ResendAfter <= TimeSpan.Zero) yield return "Alerts:ResendAfter must be positive.";
        if (EscalateAfter <= ResendAfter) yield return "Alerts:EscalateAfter must be longer than Alerts:ResendAfter.";
        if (Retained < 10) yield return "Alerts:Retained must be at least 10.";
    }
}
