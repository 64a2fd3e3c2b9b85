namespace QualityMap.Grains.Classification;

/// <summary>
/// The high-risk rules of DB3304/T 055—2023 (as its revision notes describe them), one pure function each.
/// A rule returns its reason when it holds at <c>now</c>, otherwise null. A windowed fact holds while
/// <c>now &lt; occurredAt + window</c>: on the anniversary itself it has aged out.
/// </summary>
public static class ClassificationRules
{
    // DB3304/T 055—2023: a failed supervisory sampling batch (监督抽查不合格) within the window (default 12 months).
    public static ClassReason? FailedSampling(EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule) =>
        Windowed(RuleIds.FailedSampling, FactKind.FailedSampling, facts, now, rule);

    // DB3304/T 055—2023: an administrative penalty for a product quality violation (行政处罚), default 24 months.
    public static ClassReason? AdministrativePenalty(EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule) =>
        Windowed(RuleIds.AdministrativePenalty, FactKind.AdministrativePenalty, facts, now, rule);

    // DB3304/T 055—2023: licence revoked or suspended, or unlicensed production found (无证生产); holds until a
    // licence is held again.
    public static ClassReason? Licence(EnterpriseFacts facts, RuleOptions rule) =>
        rule.Enabled && facts.Licence is { Value: not LicenceStanding.Valid } licence
            ? new ClassReason(RuleIds.Licence, [licence.EventId], Until: null)
            : null;

    // DB3304/T 055—2023: failed re-inspection after rectification (复查仍不合格), default 12 months.
    public static ClassReason? FailedReinspection(EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule) =>
        Windowed(RuleIds.FailedReinspection, FactKind.FailedReinspection, facts, now, rule);

    // DB3304/T 055—2023: listed as seriously illegal and dishonest (严重违法失信名单), while listed.
    public static ClassReason? DishonestyListing(EnterpriseFacts facts, RuleOptions rule) =>
        rule.Enabled && facts.DishonestyListing is { Value: true } listing
            ? new ClassReason(RuleIds.DishonestyListing, [listing.EventId], Until: null)
            : null;

    // DB3304/T 055—2023: refused or obstructed sampling (拒绝抽查), default 12 months.
    public static ClassReason? RefusedSampling(EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule) =>
        Windowed(RuleIds.RefusedSampling, FactKind.RefusedSampling, facts, now, rule);

    // DB3304/T 055—2023: a product quality safety accident (质量安全事故), default 24 months.
    public static ClassReason? QualityAccident(EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule) =>
        Windowed(RuleIds.QualityAccident, FactKind.QualityAccident, facts, now, rule);

    /// <summary>
    /// The moment a fact that occurred at <paramref name="occurredAt"/> leaves a window of <paramref name="months"/>.
    /// Months are calendar months in China Standard Time, so the end does not depend on the offset a client
    /// happened to write the instant in (29 Feb 02:00+08:00 and 28 Feb 18:00Z are one instant, one end).
    /// </summary>
    public static DateTimeOffset WindowEnd(DateTimeOffset occurredAt, int months) =>
        occurredAt.ToOffset(ChinaStandardTime).AddMonths(months);

    /// <summary>Moves <paramref name="now"/> back by whole calendar months in China Standard Time.</summary>
    public static DateTimeOffset MonthsBefore(DateTimeOffset now, int months) =>
        now.ToOffset(ChinaStandardTime).AddMonths(-months);

    // The regulations are Chinese; China has one time zone, UTC+8, without daylight saving.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private static ClassReason? Windowed(
        string ruleId, FactKind kind, EnterpriseFacts facts, DateTimeOffset now, WindowRuleOptions rule)
    {
        if (!rule.Enabled) return null;
        var holding = facts.Dated
            .Where(f => f.Kind == kind && f.OccurredAt <= now && now < WindowEnd(f.OccurredAt, rule.WindowMonths))
            .OrderBy(f => f.OccurredAt)
            .ToList();
        if (holding.Count == 0) return null;
        // The reason lasts as long as its most recent evidence.
        var until = holding.Max(f => WindowEnd(f.OccurredAt, rule.WindowMonths));
        return new ClassReason(ruleId, [.. holding.Select(f => f.EventId)], until);
    }
}
