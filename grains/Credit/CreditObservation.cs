namespace QualityMap.Grains.Credit;

/// <summary>A scored item as observed, before the point table prices it.</summary>
[GenerateSerializer, Immutable, Alias("qm.CreditObservation")]
public sealed record CreditObservation(string EventId, DateTimeOffset OccurredAt, CreditItem Item)
{
    /// <summary>A clean check (passed sampling, inspection or re-inspection) rather than a violation.</summary>
    public bool IsClean => Item is CreditItem.SamplingPassed or CreditItem.InspectionPassed or CreditItem.ReinspectionPassed;
}
