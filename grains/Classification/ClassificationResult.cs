namespace QualityMap.Grains.Classification;

/// <summary>
/// The outcome of the rules: the class, its reasons (empty for low-risk) and the next moment the outcome can
/// change without a new event (<see cref="ReviewAt"/>, when the earliest evidence ages out of its window).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.ClassificationResult")]
public sealed record ClassificationResult(RiskClass Class, IReadOnlyList<ClassReason> Reasons, DateTimeOffset? ReviewAt);
