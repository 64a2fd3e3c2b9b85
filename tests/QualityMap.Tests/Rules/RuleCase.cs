using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Tests.Rules;

/// <summary>One high-risk rule as the tests drive it: its evidence, its settings and the rule function.</summary>
internal sealed record RuleCase(
    string Id,
    Func<string, DateTimeOffset, EnterpriseEvent> Evidence,
    Func<ClassificationOptions, RuleOptions> Options,
    Func<EnterpriseFacts, DateTimeOffset, ClassificationOptions, ClassReason?> Apply)
{
    public static IReadOnlyDictionary<string, RuleCase> All { get; } = new[]
    {
        new RuleCase(RuleIds.FailedSampling, Rules.Evidence.FailedSampling, o => o.FailedSampling,
            (f, now, o) => ClassificationRules.FailedSampling(f, now, o.FailedSampling)),
        new RuleCase(RuleIds.AdministrativePenalty, Rules.Evidence.Penalty, o => o.AdministrativePenalty,
            (f, now, o) => ClassificationRules.AdministrativePenalty(f, now, o.AdministrativePenalty)),
        new RuleCase(RuleIds.Licence, Rules.Evidence.Revoked, o => o.Licence,
            (f, _, o) => ClassificationRules.Licence(f, o.Licence)),
        new RuleCase(RuleIds.FailedReinspection, Rules.Evidence.FailedReinspection, o => o.FailedReinspection,
            (f, now, o) => ClassificationRules.FailedReinspection(f, now, o.FailedReinspection)),
        new RuleCase(RuleIds.DishonestyListing, Rules.Evidence.Listed, o => o.DishonestyListing,
            (f, _, o) => ClassificationRules.DishonestyListing(f, o.DishonestyListing)),
        new RuleCase(RuleIds.RefusedSampling, Rules.Evidence.Refusal, o => o.RefusedSampling,
            (f, now, o) => ClassificationRules.RefusedSampling(f, now, o.RefusedSampling)),
        new RuleCase(RuleIds.QualityAccident, Rules.Evidence.Accident, o => o.QualityAccident,
            (f, now, o) => ClassificationRules.QualityAccident(f, now, o.QualityAccident)),
    }.ToDictionary(r => r.Id);

    /// <summary>The rules whose evidence counts for a window of months, with their default windows (DOMAIN.md).</summary>
    public static TheoryData<string, int> Windowed => new()
    {
        { RuleIds.FailedSampling, 12 },
        { RuleIds.AdministrativePenalty, 24 },
        { RuleIds.FailedReinspection, 12 },
        { RuleIds.RefusedSampling, 12 },
        { RuleIds.QualityAccident, 24 },
    };

    public static TheoryData<string> Ids => new(All.Keys);

    public int WindowMonths(ClassificationOptions options) => ((WindowRuleOptions)Options(options)).WindowMonths;
}
