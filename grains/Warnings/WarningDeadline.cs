namespace QualityMap.Grains.Warnings;

/// <summary>
/// The county bureau's next deadline on a warning: the step that meets it (as <c>/actions</c> names it), the stage
/// it belongs to, and when it falls due.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.WarningDeadline")]
public sealed record WarningDeadline(WarningStage Stage, string Step, DateTimeOffset DueAt);
