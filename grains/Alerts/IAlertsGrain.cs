
using Orleans.Concurrency;

namespace QualityMap.Grains.Alerts;

/// <summary>The alerts of one region's bureau (a county, or a city for escalations), keyed by the region code.</summary>
public interface IAlertsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Raises an alert unless its condition is active already: the same condition never pages twice. A condition that
    /// went away and comes back within <see cref="AlertOptions.ClearAfter"/> updates its open alert instead.
    /// </summary>
    [OneWay]
    Task RaiseAsync(AlertRequest request);

    /// <summary>
    /// The condition went away (e.g. a town is no longer red): its alert closes once it stayed away for
    /// <see cref="AlertOptions.ClearAfter"/>; if it comes back after that, it is a new alert.
    /// </summary>
    [OneWay]
    Task ClearAsync(string key);

    /// <summary>Records who acknowledged the alert and when; null when the region has no such alert.</summary>
    Task<Alert?> AcknowledgeAsync(string alertId, string by);

    /// <summary>The alerts after <paramref name="seq"/>, oldest first.</summary>
    Task<IReadOnlyList<Alert>> SinceAsync(long seq);
}
