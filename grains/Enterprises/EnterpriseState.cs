using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Enterprises;

/// <summary>Persisted state of one enterprise: master data, the facts the rules read, and its class.</summary>
[GenerateSerializer, Alias("qm.EnterpriseState")]
public sealed class EnterpriseState
{
    [Id(0)]
    public bool Registered { get; set; }

    [Id(1)]
    public bool Closed { get; set; }

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public string? TownCode { get; set; }

    [Id(4)]
    public List<ProductLine> Products { get; set; } = [];

    [Id(5)]
    public string? LicenceNo { get; set; }

    [Id(6)]
    public EnterpriseFacts Facts { get; set; } = EnterpriseFacts.None;

    [Id(7)]
    public RiskClass Class { get; set; }

    [Id(8)]
    public List<ClassReason> Reasons { get; set; } = [];

    [Id(9)]
    public DateTimeOffset? ReviewAt { get; set; }

    [Id(10)]
    public List<ClassificationChange> History { get; set; } = [];

    /// <summary>The journal sequence of the last event applied; replayed events at or below it are skipped.</summary>
    [Id(11)]
    public long LastAppliedSeq { get; set; }

    /// <summary>Grows with every notification to the town, which keeps the latest per enterprise.</summary>
    [Id(12)]
    public long NotificationVersion { get; set; }

    /// <summary>
    /// The town the last applied event moved the enterprise out of. Kept so that a replay of that event can tell the
    /// old town again: the crash may have come after this state was stored and before the old town heard of the move.
    /// </summary>
    [Id(13)]
    public string? LeftTownCode { get; set; }

    /// <summary>The premises' address from the latest registration, shown on the scan page of its batches.</summary>
    [Id(14)]
    public string? Address { get; set; }

    /// <summary>The batches it registered (源头赋码), each once, by GTIN and lot.</summary>
    [Id(15)]
    public List<ProducedBatch> Batches { get; set; } = [];

    public bool Monitored => Registered && !Closed && TownCode is not null;

    /// <summary>What the enterprise's town counts of it.</summary>
    public EnterpriseStatus StatusFor(string uscc) => new(uscc, Monitored, Class == RiskClass.High, NotificationVersion);
}
