namespace QualityMap.Grains.Supervision;

/// <summary>
/// One journaled task result as decided: the task with its outcome and the re-inspection it ordered. It carries the
/// tasks themselves rather than their ids because a replay may run when the plan around them is different.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.TaskResult")]
public sealed record TaskResult(string Uscc, SupervisionTask Task, SupervisionTask? Reinspection);
