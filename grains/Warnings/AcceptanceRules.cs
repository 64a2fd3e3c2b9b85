namespace QualityMap.Grains.Warnings;

/// <summary>The acceptance sampling verdict of DB3304/T 056 §4.2.3.1.</summary>
public static class AcceptanceRules
{
    /// <summary>§4.2.3.1: a batch failure rate above 10 % fails the acceptance; exactly 10 % passes.</summary>
    public const int MaxFailurePercent = 10;

    public static int BatchesSampled(IEnumerable<AcceptanceSample> samples) => samples.Sum(s => s.BatchesSampled);

    public static int BatchesFailed(IEnumerable<AcceptanceSample> samples) => samples.Sum(s => s.BatchesFailed);

    /// <summary>Compared in whole numbers, so 1 of 10 is exactly 10 % and passes, with no rounding in between.</summary>
    public static bool Passes(IReadOnlyCollection<AcceptanceSample> samples) =>
        BatchesFailed(samples) * 100L <= BatchesSampled(samples) * (long)MaxFailurePercent;

    /// <summary>The failure rate in percent, for people; the verdict never reads it.</summary>
    public static decimal FailurePercent(IReadOnlyCollection<AcceptanceSample> samples) =>
        BatchesSampled(samples) == 0 ? 0 : Math.Round(100m * BatchesFailed(samples) / BatchesSampled(samples), 2);
}
