namespace QualityMap.Grains.Classification;

/// <summary>Dated facts that make an enterprise high-risk for a window of time after they occurred.</summary>
public enum FactKind
{
    FailedSampling,
    AdministrativePenalty,
    FailedReinspection,
    RefusedSampling,
    QualityAccident,
}
