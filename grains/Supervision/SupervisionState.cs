using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Supervision;

/// <summary>Persisted state of one enterprise's supervision: what it is, its credit observations and its tasks.</summary>
public sealed class SupervisionState
{
    public SupervisedEnterprise? Enterprise { get; set; }
    public string? CountyCode { get; set; }
    public List<CreditObservation> Observations { get; set; } = [];

    /// <summary>The products (brand × Nice class) the enterprise's events named, each scored by its own grain.</summary>
    public List<ProductName> Products { get; set; } = [];
    public List<SupervisionTask> Tasks { get; set; } = [];
    public int NextTaskNumber { get; set; } = 1;
    public DateTimeOffset? ReplanAt { get; set; }

    /// <summary>Credit scheme: what the town last heard of this operator (scored, C or D) and which town.</summary>
    public EnterpriseStatus? MapStatus { get; set; }

    public string? MapTown { get; set; }

    /// <summary>The last journaled task result applied, so a replay applies each once.</summary>
    public long AppliedSeq { get; set; }
}
