using QualityMap.Grains.Classification;

namespace QualityMap.Grains.Enterprises;

/// <summary>
/// One entry of an enterprise's classification history: the class from <see cref="At"/> on, its reasons, and
/// what triggered the change (an event id, or <see cref="EnterpriseGrain.AgedOutTrigger"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.ClassificationChange")]
public sealed record ClassificationChange(DateTimeOffset At, RiskClass Class, IReadOnlyList<ClassReason> Reasons, string Trigger);
