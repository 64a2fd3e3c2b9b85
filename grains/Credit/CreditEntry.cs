namespace QualityMap.Grains.Credit;

/// <summary>
/// One scored item of an object: its points (negative for a deduction), the score after it, and whether it was a
/// violation committed while the object was already class D (方案 §四(二), "情节严重").
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CreditEntry")]
public sealed record CreditEntry(
    string EventId, DateTimeOffset OccurredAt, CreditItem Item, decimal Points, decimal ScoreAfter, bool SeriousCircumstances);
