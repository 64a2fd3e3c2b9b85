using QualityMap.Grains.Events;

namespace QualityMap.Grains.Credit;

/// <summary>
/// Prices observations with the point table and accumulates the score (方案 §二 记分). Pure and independent of
/// arrival order: observations are folded in occurrence order (then event id), each event id once.
/// </summary>
public static class CreditScoring
{
    /// <summary>The scored item an ingested event stands for; null for master data (registration, move, closure).</summary>
    public static CreditObservation? Observe(EnterpriseEvent evt)
    {
        CreditItem? item = evt switch
        {
            SamplingResult { Passed: true } => CreditItem.SamplingPassed,
            SamplingResult { Passed: false } => CreditItem.SamplingFailed,
            ReinspectionResult { Passed: true } => CreditItem.ReinspectionPassed,
            ReinspectionResult { Passed: false } => CreditItem.ReinspectionFailed,
            SamplingRefused => CreditItem.SamplingRefused,
            AdministrativePenalty => CreditItem.AdministrativePenalty,
            LicenceSuspended => CreditItem.LicenceSuspended,
            LicenceRevoked => CreditItem.LicenceRevoked,
            UnlicensedProductionFound => CreditItem.UnlicensedProduction,
            QualityAccident => CreditItem.QualityAccident,
            DishonestyListed => CreditItem.DishonestyListed,
            _ => null,
        };
        return item is { } i ? new CreditObservation(evt.EventId, evt.OccurredAt, i) : null;
    }

    /// <summary>The product an event names, scored as an object of its own (方案 §二(二)); null when it names none.</summary>
    public static ProductName? ProductOf(EnterpriseEvent evt) =>
        evt is IProductEvent { Brand: { } brand, NiceClass: { } niceClass } ? new ProductName(brand, niceClass) : null;

    public static CreditStanding Score(IEnumerable<CreditObservation> observations, CreditPointTable points)
    {
        decimal? score = null;
        var clean = 0;
        var entries = new List<CreditEntry>();
        var ordered = observations
            .DistinctBy(o => o.EventId)
            .OrderBy(o => o.OccurredAt)
            .ThenBy(o => o.EventId, StringComparer.Ordinal);
        foreach (var observation in ordered)
        {
            var delta = points.PointsFor(observation.Item);
            // A neutral check (0 points) of a never-scored object does not make it scored: it stays O (§三(一)).
            if (score is null && delta == 0m) continue;
            var before = CreditRules.ClassOf(score);
            // Default point table: the score starts at the initial score on the first scored event.
            var current = score ?? points.InitialScore;
            score = Math.Min(points.MaximumScore, current + delta);
            clean = observation.IsClean ? clean + 1 : 0;
            var serious = CreditRules.SeriousCircumstances(before, isViolation: delta < 0);
            entries.Add(new CreditEntry(observation.EventId, observation.OccurredAt, observation.Item, delta, score.Value, serious));
        }
        return score is null ? CreditStanding.NeverScored with { Entries = entries } : new(score, CreditRules.ClassOf(score), clean, entries);
    }
}
