namespace QualityMap.Grains.Supervision;

/// <summary>
/// Field feedback on a task: pass/fail, the findings, whether rectification was ordered and by when, who reported
/// it, and the journaled event a failing (or sampling) result became.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.TaskOutcome")]
public sealed record TaskOutcome(
    DateTimeOffset CompletedAt,
    bool Passed,
    IReadOnlyList<string> Findings,
    bool RectificationOrdered,
    DateTimeOffset? RectificationDeadline,
    Officer By,
    string? EventId);
