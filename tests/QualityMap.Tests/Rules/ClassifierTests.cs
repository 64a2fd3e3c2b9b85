using QualityMap.Grains.Classification;
using static QualityMap.Tests.Rules.Evidence;

namespace QualityMap.Tests.Rules;

// DB3304/T 055—2023: high-risk while any rule holds, otherwise low-risk; classes adjust dynamically (动态调整).
public sealed class ClassifierTests
{
    private static readonly DateTimeOffset Now = At(2025, 6, 1);
    private static readonly ClassificationOptions Defaults = new();

    [Fact]
    public void EnterpriseWithoutFactsIsLowRiskWithNoReasonsAndNothingToReview()
    {
        var result = Classifier.Classify(EnterpriseFacts.None, Now, Defaults);

        Assert.Equal(RiskClass.Low, result.Class);
        Assert.Empty(result.Reasons);
        Assert.Null(result.ReviewAt);
    }

    [Fact]
    public void EveryRuleThatHoldsIsListedAsAReason()
    {
        var facts = Facts(
            FailedSampling("sampling", Now.AddMonths(-1)),
            Penalty("penalty", Now.AddMonths(-20)),
            Suspended("licence", Now.AddMonths(-30)),
            FailedReinspection("reinspection", Now.AddDays(-10)),
            Listed("listing", Now.AddYears(-3)),
            Refusal("refusal", Now.AddMonths(-11)),
            Accident("accident", Now.AddMonths(-23)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        Assert.Equal(
            [
                (RuleIds.FailedSampling, "sampling"), (RuleIds.AdministrativePenalty, "penalty"), (RuleIds.Licence, "licence"),
                (RuleIds.FailedReinspection, "reinspection"), (RuleIds.DishonestyListing, "listing"),
                (RuleIds.RefusedSampling, "refusal"), (RuleIds.QualityAccident, "accident"),
            ],
            result.Reasons.Select(r => (r.Rule, r.EvidenceEventIds.Single())));
    }

    [Fact]
    public void OneHoldingRuleAmongAgedOutEvidenceMakesTheEnterpriseHighRisk()
    {
        var facts = Facts(
            FailedSampling("old-sampling", Now.AddMonths(-13)),
            Penalty("penalty", Now.AddMonths(-13)),
            Refusal("old-refusal", Now.AddMonths(-12)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(RuleIds.AdministrativePenalty, reason.Rule);
        Assert.Equal(["penalty"], reason.EvidenceEventIds);
    }

    [Fact]
    public void ReviewAtIsTheEarliestMomentADatedFactLeavesItsWindow()
    {
        var refusal = Now.AddMonths(-9);
        var facts = Facts(
            FailedSampling("sampling", Now.AddMonths(-2)), // leaves 10 months from now
            Penalty("penalty", Now.AddMonths(-16)), // leaves 8 months from now
            Refusal("refusal", refusal), // leaves 3 months from now
            Revoked("licence", Now.AddMonths(-1))); // standing: never leaves by itself

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(refusal.AddMonths(12), result.ReviewAt);
    }

    [Fact]
    public void ReviewAtSkipsFactsThatHaveAlreadyLeftTheirWindow()
    {
        var penalty = Now.AddMonths(-3);
        var facts = Facts(FailedSampling("old", Now.AddMonths(-12)), Penalty("penalty", penalty));

        Assert.Equal(penalty.AddMonths(24), Classifier.Classify(facts, Now, Defaults).ReviewAt);
    }

    [Fact]
    public void ReviewAtIsNullWhenEveryDatedFactHasAgedOut()
    {
        var facts = Facts(FailedSampling("old", Now.AddMonths(-12)), Accident("older", Now.AddYears(-3)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.Low, result.Class);
        Assert.Null(result.ReviewAt);
    }

    [Fact]
    public void ReviewAtIsNullForStandingFactsAlone()
    {
        var result = Classifier.Classify(Facts(Revoked("licence", Now.AddDays(-1)), Listed("listing", Now.AddDays(-1))), Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        Assert.Null(result.ReviewAt);
    }

    [Fact]
    public void ReviewAtIsWhenAFactDatedInTheFutureEntersItsWindow()
    {
        // The ingest tolerates a few minutes of client clock skew, so a fact may occur just after "now".
        var occurred = Now.AddMinutes(3);
        var facts = Facts(FailedSampling("sampling", occurred));

        var before = Classifier.Classify(facts, Now, Defaults);
        Assert.Equal(RiskClass.Low, before.Class);
        Assert.Equal(occurred, before.ReviewAt);

        var after = Classifier.Classify(facts, before.ReviewAt!.Value, Defaults);
        Assert.Equal(RiskClass.High, after.Class);
        Assert.Equal(occurred.AddMonths(12), after.ReviewAt);
    }

    [Fact]
    public void ReviewAtIgnoresFactsOfDisabledRules()
    {
        var options = new ClassificationOptions();
        options.RefusedSampling.Enabled = false;
        var penalty = Now.AddMonths(-1);
        var facts = Facts(Refusal("refusal", Now.AddMonths(-11)), Penalty("penalty", penalty));

        var result = Classifier.Classify(facts, Now, options);

        Assert.Equal([RuleIds.AdministrativePenalty], result.Reasons.Select(r => r.Rule));
        Assert.Equal(penalty.AddMonths(24), result.ReviewAt);
    }

    [Fact]
    public void DisabledRulesLeaveTheEnterpriseLowRisk()
    {
        var options = new ClassificationOptions();
        foreach (var rule in RuleCase.All.Values) rule.Options(options).Enabled = false;
        var facts = Facts([.. RuleCase.All.Values.Select(r => r.Evidence($"{r.Id}-1", Now.AddDays(-1)))]);

        var result = Classifier.Classify(facts, Now, options);

        Assert.Equal(RiskClass.Low, result.Class);
        Assert.Empty(result.Reasons);
        Assert.Null(result.ReviewAt);
    }

    [Fact]
    public void EnterpriseReturnsToLowRiskAtReviewAtWithoutANewEvent()
    {
        var facts = Facts(FailedSampling("sampling", Now.AddMonths(-11)));

        var high = Classifier.Classify(facts, Now, Defaults);
        Assert.Equal(RiskClass.High, high.Class);
        Assert.NotNull(high.ReviewAt);

        var justBefore = Classifier.Classify(facts, high.ReviewAt.Value.AddTicks(-1), Defaults);
        Assert.Equal(RiskClass.High, justBefore.Class);

        var low = Classifier.Classify(facts, high.ReviewAt.Value, Defaults);
        Assert.Equal(RiskClass.Low, low.Class);
        Assert.Empty(low.Reasons);
        Assert.Null(low.ReviewAt);
    }

    [Fact]
    public void EachReviewDropsOnlyTheReasonThatAgedOut()
    {
        var facts = Facts(FailedSampling("sampling", Now.AddMonths(-11)), Accident("accident", Now.AddMonths(-20)));

        var first = Classifier.Classify(facts, Now, Defaults);
        Assert.Equal([RuleIds.FailedSampling, RuleIds.QualityAccident], first.Reasons.Select(r => r.Rule));
        Assert.Equal(Now.AddMonths(-11).AddMonths(12), first.ReviewAt);

        var second = Classifier.Classify(facts, first.ReviewAt!.Value, Defaults);
        Assert.Equal(RiskClass.High, second.Class);
        Assert.Equal([RuleIds.QualityAccident], second.Reasons.Select(r => r.Rule));
        Assert.Equal(Now.AddMonths(-20).AddMonths(24), second.ReviewAt);

        var third = Classifier.Classify(facts, second.ReviewAt!.Value, Defaults);
        Assert.Equal(RiskClass.Low, third.Class);
        Assert.Empty(third.Reasons);
        Assert.Null(third.ReviewAt);
    }

    [Fact]
    public void ReviewAtMovesOnWhenOneOfSeveralEvidenceEventsOfTheSameRuleAgesOut()
    {
        var older = Now.AddMonths(-11);
        var newer = Now.AddMonths(-2);
        var facts = Facts(FailedSampling("older", older), FailedSampling("newer", newer));

        var first = Classifier.Classify(facts, Now, Defaults);
        Assert.Equal(older.AddMonths(12), first.ReviewAt);
        Assert.Equal(["older", "newer"], first.Reasons.Single().EvidenceEventIds);

        var second = Classifier.Classify(facts, first.ReviewAt!.Value, Defaults);
        Assert.Equal(RiskClass.High, second.Class);
        Assert.Equal(["newer"], second.Reasons.Single().EvidenceEventIds);
        Assert.Equal(newer.AddMonths(12), second.ReviewAt);
    }

    [Fact]
    public void DuplicateEventIdIsCountedOnce()
    {
        var sampling = FailedSampling("sampling", Now.AddMonths(-1));
        var facts = Facts(sampling, sampling, sampling with { }, FailedSampling("sampling", Now.AddMonths(-1)));

        var reason = Classifier.Classify(facts, Now, Defaults).Reasons.Single();

        Assert.Equal(["sampling"], reason.EvidenceEventIds);
    }

    [Theory]
    [MemberData(nameof(ClassificationRulesTests.LostLicences), MemberType = typeof(ClassificationRulesTests))]
    public void LostLicenceMakesTheEnterpriseHighRisk(string loss)
    {
        var result = Classifier.Classify(Facts(LicenceLoss(loss, "loss", Now.AddYears(-5))), Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(RuleIds.Licence, reason.Rule);
        Assert.Equal(["loss"], reason.EvidenceEventIds);
        Assert.Null(reason.Until);
    }

    [Theory]
    [MemberData(nameof(ClassificationRulesTests.LostLicences), MemberType = typeof(ClassificationRulesTests))]
    public void RestoredLicenceReturnsTheEnterpriseToLowRisk(string loss)
    {
        var facts = Facts(LicenceLoss(loss, "loss", Now.AddMonths(-2)), Restored("restored", Now.AddMonths(-1)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.Low, result.Class);
        Assert.Empty(result.Reasons);
    }

    [Theory]
    [MemberData(nameof(ClassificationRulesTests.LostLicences), MemberType = typeof(ClassificationRulesTests))]
    public void RestorationThatOccurredEarlierButArrivesLaterDoesNotUndoALaterLoss(string loss)
    {
        var facts = Facts(
            Suspended("first-suspension", Now.AddMonths(-6)),
            LicenceLoss(loss, "later-loss", Now.AddMonths(-1)),
            Restored("earlier-restoration", Now.AddMonths(-3)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        Assert.Equal(["later-loss"], result.Reasons.Single().EvidenceEventIds);
    }

    [Fact]
    public void SuspensionThatOccurredEarlierButArrivesLaterDoesNotUndoALaterRestoration()
    {
        var facts = Facts(Restored("restored", Now.AddMonths(-1)), Suspended("suspended", Now.AddMonths(-2)));

        Assert.Equal(RiskClass.Low, Classifier.Classify(facts, Now, Defaults).Class);
    }

    [Fact]
    public void LicenceLostAgainAfterRestorationMakesTheEnterpriseHighRiskAgain()
    {
        var facts = Facts(
            Suspended("suspended", Now.AddMonths(-6)),
            Restored("restored", Now.AddMonths(-3)),
            Revoked("revoked", Now.AddMonths(-1)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        Assert.Equal(["revoked"], result.Reasons.Single().EvidenceEventIds);
    }

    [Fact]
    public void DishonestyListingMakesTheEnterpriseHighRiskUntilDelisted()
    {
        var listed = Facts(Listed("listed", Now.AddYears(-4)));
        Assert.Equal(RiskClass.High, Classifier.Classify(listed, Now, Defaults).Class);
        Assert.Equal(["listed"], Classifier.Classify(listed, Now, Defaults).Reasons.Single().EvidenceEventIds);

        var delisted = listed.With(Delisted("delisted", Now.AddMonths(-1)));
        Assert.Equal(RiskClass.Low, Classifier.Classify(delisted, Now, Defaults).Class);
    }

    [Fact]
    public void DelistingThatOccurredEarlierButArrivesLaterDoesNotUndoALaterListing()
    {
        var facts = Facts(
            Listed("first-listing", Now.AddYears(-3)),
            Listed("later-listing", Now.AddMonths(-1)),
            Delisted("earlier-delisting", Now.AddYears(-1)));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.High, result.Class);
        Assert.Equal(["later-listing"], result.Reasons.Single().EvidenceEventIds);
    }

    [Fact]
    public void ListingThatOccurredEarlierButArrivesLaterDoesNotUndoALaterDelisting()
    {
        var facts = Facts(Delisted("delisted", Now.AddMonths(-1)), Listed("listed", Now.AddYears(-2)));

        Assert.Equal(RiskClass.Low, Classifier.Classify(facts, Now, Defaults).Class);
    }

    [Fact]
    public void PassedSamplingAndPassedReinspectionLeaveTheEnterpriseLowRisk()
    {
        var facts = Facts(Sampling("sampling", Now.AddDays(-1), passed: true), Reinspection("reinspection", Now.AddDays(-1), passed: true));

        var result = Classifier.Classify(facts, Now, Defaults);

        Assert.Equal(RiskClass.Low, result.Class);
        Assert.Null(result.ReviewAt);
    }

    [Fact]
    public void ClassifyingIsIndependentOfArrivalOrder()
    {
        var events = new Grains.Events.EnterpriseEvent[]
        {
            FailedSampling("sampling", Now.AddMonths(-5)),
            Suspended("suspended", Now.AddMonths(-4)),
            Restored("restored", Now.AddMonths(-2)),
            Listed("listed", Now.AddMonths(-3)),
            Penalty("penalty", Now.AddMonths(-14)),
        };

        var forward = Classifier.Classify(Facts(events), Now, Defaults);
        var backward = Classifier.Classify(Facts([.. events.Reverse()]), Now, Defaults);

        Assert.Equal(forward.Class, backward.Class);
        Assert.Equal(forward.ReviewAt, backward.ReviewAt);
        Assert.Equal(
            forward.Reasons.Select(r => (r.Rule, string.Join(",", r.EvidenceEventIds), r.Until)),
            backward.Reasons.Select(r => (r.Rule, string.Join(",", r.EvidenceEventIds), r.Until)));
        Assert.Equal([RuleIds.FailedSampling, RuleIds.AdministrativePenalty, RuleIds.DishonestyListing], forward.Reasons.Select(r => r.Rule));
    }

    [Fact]
    public void DroppingFactsOlderThanTheLongestWindowDoesNotChangeTheClass()
    {
        // What the enterprise grain does before classifying: Without(now − longest window).
        var facts = Facts(
            Accident("old-accident", Now.AddMonths(-24).AddTicks(-1)),
            Penalty("penalty", Now.AddMonths(-24).AddDays(1)),
            FailedSampling("old-sampling", Now.AddMonths(-30)));

        var pruned = facts.Without(Now.AddMonths(-Defaults.LongestWindowMonths));

        Assert.Equal(["penalty"], pruned.Dated.Select(f => f.EventId));
        var full = Classifier.Classify(facts, Now, Defaults);
        var fromPruned = Classifier.Classify(pruned, Now, Defaults);
        Assert.Equal(full.Class, fromPruned.Class);
        Assert.Equal(full.ReviewAt, fromPruned.ReviewAt);
        Assert.Equal(["penalty"], fromPruned.Reasons.Single().EvidenceEventIds);
    }
}
