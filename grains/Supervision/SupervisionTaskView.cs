namespace QualityMap.Grains.Supervision;

/// <summary>A task with its status at the moment it was read.</summary>
[GenerateSerializer, Immutable, Alias("qm.SupervisionTaskView")]
public sealed record SupervisionTaskView(SupervisionTask Task, SupervisionTaskStatus Status);
