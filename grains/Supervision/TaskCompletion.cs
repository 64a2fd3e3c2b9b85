namespace QualityMap.Grains.Supervision;

/// <summary>The answer to field feedback: the completed task and the re-inspection it created, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("qm.TaskCompletion")]
public sealed record TaskCompletion(TaskCompletionStatus Status, SupervisionTask? Task, SupervisionTask? Reinspection);
