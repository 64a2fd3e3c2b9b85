namespace QualityMap.Grains.Credit;

/// <summary>
/// A scored object's standing: its score (null while never scored), class, clean checks in a row (for A's random
/// coefficient) and the scored entries in the order they occurred.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.CreditStanding")]
public sealed record CreditStanding(decimal? Score, CreditClass Class, int ConsecutiveCleanChecks, IReadOnlyList<CreditEntry> Entries)
{
    public static CreditStanding NeverScored { get; } = new(null, CreditClass.O, 0, []);

    /// <summary>The latest violation was committed while the object was class D (方案 §四(二)).</summary>
    public bool SeriousCircumstances => Entries.LastOrDefault(e => e.Points < 0)?.SeriousCircumstances ?? false;
}
