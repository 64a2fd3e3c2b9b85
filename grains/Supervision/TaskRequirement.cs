using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>How many tasks of a kind (for a product, or the whole enterprise) the year calls for, and why.</summary>
[GenerateSerializer, Immutable, Alias("qm.TaskRequirement")]
public sealed record TaskRequirement(TaskKind Kind, string? ProductCode, ProductRiskGrade? Grade, int PerYear, SupervisionMode Mode, string Basis);
