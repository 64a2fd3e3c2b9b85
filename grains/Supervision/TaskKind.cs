namespace QualityMap.Grains.Supervision;

/// <summary>What a supervision task asks the county bureau to do.</summary>
public enum TaskKind
{
    /// <summary>监督抽查: a supervisory sampling of one product.</summary>
    Sampling,

    /// <summary>现场检查: an on-site inspection of the enterprise.</summary>
    Inspection,

    /// <summary>复查: the re-inspection after a rectification order.</summary>
    Reinspection,
}
