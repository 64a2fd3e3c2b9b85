namespace QualityMap.Grains.Classification;

/// <summary>
/// Why an enterprise is high-risk: the rule, the events that are its evidence, and when the reason stops
/// holding by itself (<see cref="Until"/>; null while a standing fact lasts, e.g. a revoked licence).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.ClassReason")]
public sealed record ClassReason(string Rule, IReadOnlyList<string> EvidenceEventIds, DateTimeOffset? Until);
