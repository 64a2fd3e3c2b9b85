using System.Globalization;
using QualityMap.Grains.Classification;
using static QualityMap.Tests.Rules.Evidence;

namespace QualityMap.Tests.Rules;

// DB3304/T 055—2023 high-risk rules, one pure function each; windows are calendar months (DOMAIN.md).
public sealed class ClassificationRulesTests
{
    private static readonly DateTimeOffset Occurred = At(2024, 3, 15);

    public static TheoryData<string, string> WindowedRulesAtAwkwardMoments()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in RuleCase.Windowed)
        {
            foreach (var moment in new[]
                     {
                         "2024-03-15T09:00:00+08:00", // an ordinary day
                         "2024-02-29T10:00:00+08:00", // a leap day: the anniversary falls on 28 February
                         "2024-01-31T23:59:59+08:00", // a month end, one second before midnight
                         "2023-12-31T16:00:00+00:00", // written in UTC
                     })
            {
                data.Add((string)rule[0], moment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedRuleHoldsForEvidenceInsideItsWindow(string ruleId, int windowMonths)
    {
        var rule = RuleCase.All[ruleId];
        var facts = Facts(rule.Evidence("e-1", Occurred));

        var reason = rule.Apply(facts, Occurred.AddDays(30), new ClassificationOptions());

        Assert.NotNull(reason);
        Assert.Equal(ruleId, reason.Rule);
        Assert.Equal(["e-1"], reason.EvidenceEventIds);
        Assert.Equal(Occurred.AddMonths(windowMonths), reason.Until);
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedRuleHoldsFromTheMomentTheEvidenceOccurred(string ruleId, int windowMonths)
    {
        var rule = RuleCase.All[ruleId];
        var facts = Facts(rule.Evidence("e-1", Occurred));
        var options = new ClassificationOptions();

        Assert.Null(rule.Apply(facts, Occurred.AddTicks(-1), options));
        Assert.NotNull(rule.Apply(facts, Occurred, options));
        Assert.Equal(windowMonths, rule.WindowMonths(options));
    }

    [Theory]
    [MemberData(nameof(WindowedRulesAtAwkwardMoments))]
    public void WindowedRuleStopsHoldingExactlyOnTheCalendarAnniversary(string ruleId, string occurredAt)
    {
        var rule = RuleCase.All[ruleId];
        var options = new ClassificationOptions();
        var occurred = DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture);
        var end = occurred.AddMonths(rule.WindowMonths(options));
        var facts = Facts(rule.Evidence("e-1", occurred));

        var oneTickBefore = rule.Apply(facts, end.AddTicks(-1), options);
        Assert.NotNull(oneTickBefore);
        Assert.Equal(end, oneTickBefore.Until);
        Assert.Null(rule.Apply(facts, end, options));
        Assert.Null(rule.Apply(facts, end.AddTicks(1), options));
    }

    [Theory]
    [InlineData(RuleIds.FailedSampling, "2024-02-29T10:00:00+08:00", "2025-02-28T10:00:00+08:00")]
    [InlineData(RuleIds.AdministrativePenalty, "2024-02-29T10:00:00+08:00", "2026-02-28T10:00:00+08:00")]
    [InlineData(RuleIds.FailedReinspection, "2024-08-31T10:00:00+08:00", "2025-08-31T10:00:00+08:00")]
    [InlineData(RuleIds.RefusedSampling, "2023-02-28T10:00:00+08:00", "2024-02-28T10:00:00+08:00")]
    [InlineData(RuleIds.QualityAccident, "2024-01-31T10:00:00+08:00", "2026-01-31T10:00:00+08:00")]
    public void DefaultWindowEndsOnTheCalendarAnniversary(string ruleId, string occurredAt, string expectedEnd)
    {
        var rule = RuleCase.All[ruleId];
        var occurred = DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture);
        var facts = Facts(rule.Evidence("e-1", occurred));

        var reason = rule.Apply(facts, occurred.AddDays(1), new ClassificationOptions());

        Assert.NotNull(reason);
        Assert.Equal(DateTimeOffset.Parse(expectedEnd, CultureInfo.InvariantCulture), reason.Until);
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedRuleUsesTheConfiguredWindow(string ruleId, int defaultMonths)
    {
        var rule = RuleCase.All[ruleId];
        var options = new ClassificationOptions();
        var window = (WindowRuleOptions)rule.Options(options);
        window.WindowMonths = 3;
        var facts = Facts(rule.Evidence("e-1", Occurred));

        Assert.NotEqual(3, defaultMonths);
        Assert.NotNull(rule.Apply(facts, Occurred.AddMonths(3).AddTicks(-1), options));
        Assert.Null(rule.Apply(facts, Occurred.AddMonths(3), options));
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedRuleDoesNotHoldForEvidenceDatedInTheFuture(string ruleId, int windowMonths)
    {
        var rule = RuleCase.All[ruleId];
        var facts = Facts(rule.Evidence("e-1", Occurred));

        Assert.True(windowMonths > 0);
        Assert.Null(rule.Apply(facts, Occurred.AddMinutes(-2), new ClassificationOptions()));
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedReasonListsHoldingEvidenceInOrderAndLastsUntilTheLatestEnds(string ruleId, int windowMonths)
    {
        var rule = RuleCase.All[ruleId];
        var agedOut = Occurred.AddMonths(-windowMonths).AddDays(-1);
        var older = Occurred.AddMonths(-1);
        var newer = Occurred.AddDays(-1);
        // Arrival order differs from occurrence order on purpose.
        var facts = Facts(rule.Evidence("newer", newer), rule.Evidence("aged-out", agedOut), rule.Evidence("older", older));

        var reason = rule.Apply(facts, Occurred, new ClassificationOptions());

        Assert.NotNull(reason);
        Assert.Equal(ruleId, reason.Rule);
        Assert.Equal(["older", "newer"], reason.EvidenceEventIds);
        Assert.Equal(newer.AddMonths(windowMonths), reason.Until);
    }

    [Theory]
    [MemberData(nameof(RuleCase.Windowed), MemberType = typeof(RuleCase))]
    public void WindowedRuleIgnoresEvidenceOfOtherRules(string ruleId, int windowMonths)
    {
        var others = RuleCase.All.Values.Where(r => r.Id != ruleId).Select((r, i) => r.Evidence($"other-{i}", Occurred));
        var facts = Facts([.. others]);

        Assert.True(windowMonths > 0);
        Assert.Null(RuleCase.All[ruleId].Apply(facts, Occurred.AddDays(1), new ClassificationOptions()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void WindowOutsideOneToOneHundredTwentyMonthsIsReported(int months)
    {
        var options = new ClassificationOptions();
        options.QualityAccident.WindowMonths = months;

        var error = Assert.Single(options.Validate());

        Assert.StartsWith("Classification:QualityAccident:WindowMonths", error);
        Assert.Empty(new ClassificationOptions().Validate());
    }

    [Theory]
    [MemberData(nameof(RuleCase.Ids), MemberType = typeof(RuleCase))]
    public void DisabledRuleNeverHolds(string ruleId)
    {
        var rule = RuleCase.All[ruleId];
        var options = new ClassificationOptions();
        rule.Options(options).Enabled = false;
        var facts = Facts(rule.Evidence("e-1", Occurred));

        Assert.Null(rule.Apply(facts, Occurred, options));
        Assert.Null(rule.Apply(facts, Occurred.AddDays(1), options));
        Assert.NotNull(rule.Apply(facts, Occurred.AddDays(1), new ClassificationOptions()));
    }

    public static TheoryData<string> LostLicences => new() { "revoked", "suspended", "unlicensed" };

    [Theory]
    [MemberData(nameof(LostLicences))]
    public void LicenceRuleHoldsForALostLicenceWithoutEnd(string loss)
    {
        var facts = Facts(LicenceLoss(loss, "lic-1", Occurred));

        foreach (var now in new[] { Occurred, Occurred.AddMonths(25), Occurred.AddYears(10) })
        {
            var reason = ClassificationRules.Licence(facts, new RuleOptions());
            Assert.NotNull(reason);
            Assert.Equal(RuleIds.Licence, reason.Rule);
            Assert.Equal(["lic-1"], reason.EvidenceEventIds);
            Assert.Null(reason.Until);
            var classified = Classifier.Classify(facts, now, new ClassificationOptions());
            Assert.Equal(RiskClass.High, classified.Class);
            Assert.Equal(["lic-1"], classified.Reasons.Single(r => r.Rule == RuleIds.Licence).EvidenceEventIds);
        }
    }

    [Theory]
    [MemberData(nameof(LostLicences))]
    public void LicenceRuleStopsHoldingOnceTheLicenceIsRestored(string loss)
    {
        var facts = Facts(LicenceLoss(loss, "lic-1", Occurred), Restored("lic-2", Occurred.AddDays(20)));

        Assert.Null(ClassificationRules.Licence(facts, new RuleOptions()));
    }

    [Fact]
    public void LicenceRuleDoesNotHoldForARestoredLicenceAlone()
    {
        Assert.Null(ClassificationRules.Licence(Facts(Restored("lic-1", Occurred)), new RuleOptions()));
        Assert.Null(ClassificationRules.Licence(EnterpriseFacts.None, new RuleOptions()));
    }

    [Fact]
    public void DishonestyListingHoldsWhileListedWithoutEnd()
    {
        var facts = Facts(Listed("list-1", Occurred));

        var reason = ClassificationRules.DishonestyListing(facts, new RuleOptions());

        Assert.NotNull(reason);
        Assert.Equal(RuleIds.DishonestyListing, reason.Rule);
        Assert.Equal(["list-1"], reason.EvidenceEventIds);
        Assert.Null(reason.Until);
        Assert.Equal(RiskClass.High, Classifier.Classify(facts, Occurred.AddYears(10), new ClassificationOptions()).Class);
    }

    [Fact]
    public void DishonestyListingStopsHoldingOnceDelisted()
    {
        var facts = Facts(Listed("list-1", Occurred), Delisted("list-2", Occurred.AddMonths(6)));

        Assert.Null(ClassificationRules.DishonestyListing(facts, new RuleOptions()));
        Assert.Null(ClassificationRules.DishonestyListing(Facts(Delisted("list-3", Occurred)), new RuleOptions()));
    }

    [Fact]
    public void PassedSamplingIsNoEvidence()
    {
        var facts = Facts(Sampling("s-1", Occurred, passed: true));

        Assert.Empty(facts.Dated);
        Assert.Null(ClassificationRules.FailedSampling(facts, Occurred.AddDays(1), new WindowRuleOptions { WindowMonths = 12 }));
    }

    [Fact]
    public void PassedReinspectionIsNoEvidence()
    {
        var facts = Facts(Reinspection("r-1", Occurred, passed: true));

        Assert.Empty(facts.Dated);
        Assert.Null(ClassificationRules.FailedReinspection(facts, Occurred.AddDays(1), new WindowRuleOptions { WindowMonths = 12 }));
    }

    [Fact]
    public void PassedReinspectionDoesNotCancelAFailedSampling()
    {
        // A failed batch stays evidence for its whole window even if the re-inspection after rectification passes.
        var facts = Facts(FailedSampling("s-1", Occurred), Reinspection("r-1", Occurred.AddMonths(1), passed: true));

        var reason = ClassificationRules.FailedSampling(facts, Occurred.AddMonths(2), new WindowRuleOptions { WindowMonths = 12 });

        Assert.NotNull(reason);
        Assert.Equal(["s-1"], reason.EvidenceEventIds);
    }

    [Fact]
    public void WindowEndDoesNotDependOnTheOffsetTheInstantIsWrittenIn()
    {
        // One instant, written the way a Zhejiang client and a UTC client would write it. Clients may send any
        // offset (the ingest only requires one), and DateTimeOffset compares them equal, so the facts are equal.
        var beijing = DateTimeOffset.Parse("2024-02-29T02:00:00+08:00", CultureInfo.InvariantCulture);
        var utc = beijing.ToUniversalTime(); // 2024-02-28T18:00:00Z
        Assert.Equal(beijing, utc);

        Assert.Equal(ClassificationRules.WindowEnd(beijing, 12), ClassificationRules.WindowEnd(utc, 12));

        var now = DateTimeOffset.Parse("2025-02-28T08:00:00+08:00", CultureInfo.InvariantCulture);
        Assert.Equal(
            Classifier.Classify(Facts(FailedSampling("s-1", beijing)), now, new ClassificationOptions()).Class,
            Classifier.Classify(Facts(FailedSampling("s-1", utc)), now, new ClassificationOptions()).Class);
    }
}
