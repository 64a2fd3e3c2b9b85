namespace QualityMap.Grains.Supervision;

/// <summary>
/// Field feedback for a task as the county bureau reports it; <see cref="EventId"/> is the journaled event the
/// result became (null for a passed on-site inspection, which no event kind records).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.TaskFeedback")]
public sealed record TaskFeedback(
    bool Passed, IReadOnlyList<string> Findings, bool RectificationOrdered, DateTimeOffset? RectificationDeadline, Officer By, string? EventId);
