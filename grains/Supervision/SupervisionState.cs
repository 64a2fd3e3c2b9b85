using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Supervision;

/// <summary>Persisted state of one enterprise's supervision: what it is, its credit observations and its tasks.</summary>
[GenerateSerializer, Alias("qm.SupervisionState")]
public sealed class SupervisionState
{
    [Id(0)]
    public SupervisedEnterprise? Enterprise { get; set; }
    [Id(1)]
    public string? CountyCode { get; set; }
    [Id(2)]
    public List<CreditObservation> Observations { get; set; } = [];

    /// <summary>The products (brand × Nice class) the enterprise's events named, each scored by its own grain.</summary>
    [Id(3)]
    public List<ProductName> Products { get; set; } = [];
    [Id(4)]
    public List<SupervisionTask> Tasks { get; set; } = [];
    [Id(5)]
    public int NextTaskNumber { get; set; } = 1;
    [Id(6)]
    public DateTimeOffset? ReplanAt { get; set; }

    /// <summary>Credit scheme: what the town last heard of this operator (scored, C or D) and which town.</summary>
    [Id(7)]
    public EnterpriseStatus? MapStatus { get; set; }

    [Id(8)]
    public string? MapTown { get; set; }

    /// <summary>The last journaled task result applied, so a replay applies each once.</summary>
    [Id(9)]
    public long AppliedSeq { get; set; }
}
