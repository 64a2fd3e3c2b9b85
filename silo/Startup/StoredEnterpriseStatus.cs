using QualityMap.Grains.Classification;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Startup;

/// <summary>
/// The few fields of a stored <see cref="EnterpriseState"/> the start-up rebuild counts, read from the same JSON.
/// Deserialising the whole state (products, facts, reasons, up to 200 history entries) for every enterprise made the
/// rebuild the largest part of a cold start (scale benchmark: about 3 s of the 18 s at 40,000 enterprises); the
/// reader skips the rest without building it.
/// </summary>
internal sealed class StoredEnterpriseStatus
{
    public bool Registered { get; set; }

    public bool Closed { get; set; }

    public string? TownCode { get; set; }

    public RiskClass Class { get; set; }

    public long NotificationVersion { get; set; }

    /// <summary>The status the grain itself would report (<see cref="EnterpriseState.StatusFor"/>).</summary>
    public EnterpriseStatus StatusFor(string uscc) => new EnterpriseState
    {
        Registered = Registered,
        Closed = Closed,
        TownCode = TownCode,
        Class = Class,
        NotificationVersion = NotificationVersion,
    }.StatusFor(uscc);
}
