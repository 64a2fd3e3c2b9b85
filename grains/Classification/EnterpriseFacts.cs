using QualityMap.Grains.Events;

namespace QualityMap.Grains.Classification;

/// <summary>
/// What the classification rules look at. Building it is pure and order-independent: standing facts keep the
/// event that occurred last (not the one that arrived last), and a dated fact is kept once per event id.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.EnterpriseFacts")]
public sealed record EnterpriseFacts(
    IReadOnlyList<DatedFact> Dated,
    StandingFact<LicenceStanding>? Licence,
    StandingFact<bool>? DishonestyListing)
{
    public static EnterpriseFacts None { get; } = new([], null, null);

    public EnterpriseFacts With(EnterpriseEvent evt) => evt switch
    {
        SamplingResult { Passed: false } => WithDated(FactKind.FailedSampling, evt),
        AdministrativePenalty => WithDated(FactKind.AdministrativePenalty, evt),
        ReinspectionResult { Passed: false } => WithDated(FactKind.FailedReinspection, evt),
        SamplingRefused => WithDated(FactKind.RefusedSampling, evt),
        QualityAccident => WithDated(FactKind.QualityAccident, evt),
        LicenceRevoked => WithLicence(LicenceStanding.Revoked, evt),
        LicenceSuspended => WithLicence(LicenceStanding.Suspended, evt),
        UnlicensedProductionFound => WithLicence(LicenceStanding.Unlicensed, evt),
        LicenceRestored => WithLicence(LicenceStanding.Valid, evt),
        DishonestyListed => WithListing(true, evt),
        DishonestyDelisted => WithListing(false, evt),
        _ => this,
    };

    /// <summary>When each of <paramref name="eventIds"/> occurred, for those the facts still hold, in their order.</summary>
    public IReadOnlyList<EvidenceDate> DatesOf(IEnumerable<string> eventIds)
    {
        var dates = new List<EvidenceDate>();
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
            if (OccurredAt(id) is { } at) dates.Add(new EvidenceDate(id, at));
        return dates;
    }

    private DateTimeOffset? OccurredAt(string eventId) =>
        Dated.FirstOrDefault(f => f.EventId == eventId)?.OccurredAt
        ?? (Licence?.EventId == eventId ? Licence.OccurredAt : (DateTimeOffset?)null)
        ?? (DishonestyListing?.EventId == eventId ? DishonestyListing.OccurredAt : (DateTimeOffset?)null);

    /// <summary>Drops dated facts that occurred before <paramref name="cutoff"/>: no window reaches them any more.</summary>
    public EnterpriseFacts Without(DateTimeOffset cutoff) =>
        Dated.Any(f => f.OccurredAt < cutoff) ? this with { Dated = [.. Dated.Where(f => f.OccurredAt >= cutoff)] } : this;

    private EnterpriseFacts WithDated(FactKind kind, EnterpriseEvent evt) =>
        Dated.Any(f => f.EventId == evt.EventId)
            ? this
            : this with { Dated = [.. Dated, new DatedFact(kind, evt.EventId, evt.OccurredAt)] };

    private EnterpriseFacts WithLicence(LicenceStanding standing, EnterpriseEvent evt) =>
        Licence is null || Supersedes(evt, standing != LicenceStanding.Valid, Licence, Licence.Value != LicenceStanding.Valid)
            ? this with { Licence = new(standing, evt.EventId, evt.OccurredAt) }
            : this;

    private EnterpriseFacts WithListing(bool listed, EnterpriseEvent evt) =>
        DishonestyListing is null || Supersedes(evt, listed, DishonestyListing, DishonestyListing.Value)
            ? this with { DishonestyListing = new(listed, evt.EventId, evt.OccurredAt) }
            : this;

    // The later occurrence wins. At the same moment (date-only sources report midnight) the stricter state wins,
    // then the larger event id, so the outcome never depends on the order events arrive in.
    private static bool Supersedes<TValue>(EnterpriseEvent evt, bool strict, StandingFact<TValue> current, bool currentStrict)
    {
        if (evt.OccurredAt != current.OccurredAt) return evt.OccurredAt > current.OccurredAt;
        if (strict != currentStrict) return strict;
        return string.CompareOrdinal(evt.EventId, current.EventId) > 0;
    }
}
