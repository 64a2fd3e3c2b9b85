namespace QualityMap.Grains.Alerts;

/// <summary>
/// When unacknowledged alerts are re-sent and escalated, how long a condition that went away keeps its alert open, and
/// when one that keeps coming back is called flapping (section "Alerts"); the regulation sets none of these.
/// </summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>An alert nobody acknowledged is sent again after this long.</summary>
    public TimeSpan ResendAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An alert still unacknowledged after this long is raised to the city bureau.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Alerts a region keeps; older acknowledged ones are dropped first.</summary>
    public int Retained { get; set; } = 1_000;

    /// <summary>
    /// A condition that went away keeps its alert open this long: coming back within it updates that alert instead of
    /// paging again (Alertmanager's <c>keep_firing_for</c>).
    /// </summary>
    public TimeSpan ClearAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The window over which an open alert's returns are counted for <see cref="FlapReturns"/>.</summary>
    public TimeSpan FlapWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A condition that came back more than this many times within <see cref="FlapWindow"/> is flapping (频繁变化).</summary>
    public int FlapReturns { get; set; } = 3;

    public IEnumerable<string> Validate()
    {
        if (ResendAfter <= TimeSpan.Zero) yield return "Alerts:ResendAfter must be positive.";
        if (EscalateAfter <= ResendAfter) yield return "Alerts:EscalateAfter must be longer than Alerts:ResendAfter.";
        if (ClearAfter <= TimeSpan.Zero) yield return "Alerts:ClearAfter must be positive.";
        if (FlapWindow <= TimeSpan.Zero) yield return "Alerts:FlapWindow must be positive.";
        if (FlapReturns < 1) yield return "Alerts:FlapReturns must be at least 1.";
        if (Retained < 10) yield return "Alerts:Retained must be at least 10.";
    }
}
