namespace QualityMap.Grains.Supervision;

/// <summary>Persisted state of a county's supervision desk: the latest task summary of each of its enterprises.</summary>
public sealed class CountySupervisionState
{
    public Dictionary<string, EnterpriseTaskSummary> Enterprises { get; set; } = new(StringComparer.Ordinal);
}
