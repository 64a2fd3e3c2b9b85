namespace QualityMap.Grains.Warnings;

/// <summary>
/// A workflow step as the journal keeps it: the command and the outcome decided when it was taken. Replay applies
/// the recorded outcome; it never decides again, because what the decision read (the county's high-risk
/// enterprises) may have changed since.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.WarningStep")]
public sealed record WarningStep(string WarningId, WarningCommand Command, WarningStage Stage, string Detail, DateTimeOffset At);
