using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Enterprises;

/// <summary>Persisted state of one enterprise: master data, the facts the rules read, and its class.</summary>
public sealed class EnterpriseState
{
    public bool Registered { get; set; }

    public bool Closed { get; set; }

    public string Name { get; set; } = "";

    public string? TownCode { get; set; }

    public List<ProductLine> Products { get; set; } = [];

    public string? LicenceNo { get; set; }

    public EnterpriseFacts Facts { get; set; } = EnterpriseFacts.None;

    public RiskClass Class { get; set; }

    public List<ClassReason> Reasons { get; set; } = [];

    public DateTimeOffset? ReviewAt { get; set; }

    public List<ClassificationChange> History { get; set; } = [];

    /// <summary>The journal sequence of the last event applied; replayed events at or below it are skipped.</summary>
    public long LastAppliedSeq { get; set; }

    /// <summary>Grows with every notification to the town, which keeps the latest per enterprise.</summary>
    public long NotificationVersion { get; set; }

    public bool Monitored => Registered && !Closed && TownCode is not null;

    /// <summary>What the enterprise's town counts of it.</summary>
    public EnterpriseStatus StatusFor(string uscc) => new(uscc, Monitored, Class == RiskClass.High, NotificationVersion);
}
