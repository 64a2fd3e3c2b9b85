using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using static QualityMap.Tests.Rules.Evidence;

namespace QualityMap.Tests.Rules;

// Building the facts is pure and order-independent: standing facts keep the event that occurred last, dated facts
// are kept once per event id, and only facts no window reaches any more are dropped.
public sealed class EnterpriseFactsTests
{
    private static readonly DateTimeOffset T = At(2024, 5, 10);

    public static TheoryData<string, FactKind> DatedEvidence => new()
    {
        { RuleIds.FailedSampling, FactKind.FailedSampling },
        { RuleIds.AdministrativePenalty, FactKind.AdministrativePenalty },
        { RuleIds.FailedReinspection, FactKind.FailedReinspection },
        { RuleIds.RefusedSampling, FactKind.RefusedSampling },
        { RuleIds.QualityAccident, FactKind.QualityAccident },
    };

    [Theory]
    [MemberData(nameof(DatedEvidence))]
    public void DatedEvidenceBecomesADatedFactOfItsKind(string ruleId, FactKind kind)
    {
        var facts = Facts(RuleCase.All[ruleId].Evidence("e-1", T));

        Assert.Equal([new DatedFact(kind, "e-1", T)], facts.Dated);
        Assert.Null(facts.Licence);
        Assert.Null(facts.DishonestyListing);
    }

    [Fact]
    public void LicenceEventsSetTheLicenceStanding()
    {
        Assert.Equal(new StandingFact<LicenceStanding>(LicenceStanding.Revoked, "a", T), Facts(Revoked("a", T)).Licence);
        Assert.Equal(new StandingFact<LicenceStanding>(LicenceStanding.Suspended, "b", T), Facts(Suspended("b", T)).Licence);
        Assert.Equal(new StandingFact<LicenceStanding>(LicenceStanding.Unlicensed, "c", T), Facts(Unlicensed("c", T)).Licence);
        Assert.Equal(new StandingFact<LicenceStanding>(LicenceStanding.Valid, "d", T), Facts(Restored("d", T)).Licence);
        Assert.Empty(Facts(Revoked("a", T)).Dated);
    }

    [Fact]
    public void ListingEventsSetTheListing()
    {
        Assert.Equal(new StandingFact<bool>(true, "a", T), Facts(Listed("a", T)).DishonestyListing);
        Assert.Equal(new StandingFact<bool>(false, "b", T), Facts(Delisted("b", T)).DishonestyListing);
    }

    [Fact]
    public void TheDatesOfEvidenceAreThoseOfTheDatedAndStandingFactsThatStillHoldThem()
    {
        var facts = Facts(FailedSampling("s-1", T), Penalty("p-1", T.AddDays(3)), Revoked("l-1", T.AddDays(5)), Listed("d-1", T.AddDays(7)));

        Assert.Equal(
            [new EvidenceDate("l-1", T.AddDays(5)), new EvidenceDate("s-1", T), new EvidenceDate("d-1", T.AddDays(7))],
            facts.DatesOf(["l-1", "s-1", "s-1", "d-1", "aged-out"]));
        Assert.Empty(facts.DatesOf([]));
    }

    [Fact]
    public void EventsThatAreNoEvidenceLeaveTheFactsUnchanged()
    {
        var facts = Facts(FailedSampling("s-1", T), Revoked("l-1", T));
        EnterpriseEvent[] noEvidence =
        [
            Sampling("passed", T, passed: true),
            Reinspection("passed-again", T, passed: true),
            new EnterpriseRegistered
            {
                EventId = "reg", Uscc = Uscc, OccurredAt = T, Name = "嘉兴某某食品有限公司", TownCode = "330402007", Products = [],
            },
            new EnterpriseMoved { EventId = "moved", Uscc = Uscc, OccurredAt = T, TownCode = "330402008" },
            new EnterpriseClosed { EventId = "closed", Uscc = Uscc, OccurredAt = T },
        ];

        foreach (var evt in noEvidence) Assert.Same(facts, facts.With(evt));
    }

    [Fact]
    public void SameEventIdIsKeptOnce()
    {
        var facts = Facts(FailedSampling("s-1", T), FailedSampling("s-1", T), Penalty("p-1", T), Penalty("p-1", T));

        Assert.Equal(["s-1", "p-1"], facts.Dated.Select(f => f.EventId));
    }

    [Fact]
    public void ResendingAKnownEventReturnsTheSameFacts()
    {
        var facts = Facts(FailedSampling("s-1", T));

        Assert.Same(facts, facts.With(FailedSampling("s-1", T)));
    }

    [Fact]
    public void DistinctEventsAtTheSameMomentAreAllKept()
    {
        var facts = Facts(FailedSampling("s-1", T), FailedSampling("s-2", T), Refusal("r-1", T));

        Assert.Equal(["s-1", "s-2", "r-1"], facts.Dated.Select(f => f.EventId));
    }

    [Fact]
    public void WithDoesNotChangeTheFactsItIsCalledOn()
    {
        var before = Facts(FailedSampling("s-1", T), Suspended("l-1", T));

        _ = before.With(FailedSampling("s-2", T)).With(Restored("l-2", T.AddDays(1)));

        Assert.Equal(["s-1"], before.Dated.Select(f => f.EventId));
        Assert.Equal(LicenceStanding.Suspended, before.Licence!.Value);
        Assert.Empty(EnterpriseFacts.None.Dated);
    }

    public static TheoryData<string> LicenceArrivalOrders => new() { "abc", "acb", "bac", "bca", "cab", "cba" };

    [Theory]
    [MemberData(nameof(LicenceArrivalOrders))]
    public void LicenceStandingIsTheOneThatOccurredLastWhateverTheArrivalOrder(string order)
    {
        var events = new Dictionary<char, EnterpriseEvent>
        {
            ['a'] = Revoked("a", T),
            ['b'] = Restored("b", T.AddMonths(2)),
            ['c'] = Suspended("c", T.AddMonths(1)),
        };

        var facts = Facts([.. order.Select(c => events[c])]);

        Assert.Equal(new StandingFact<LicenceStanding>(LicenceStanding.Valid, "b", T.AddMonths(2)), facts.Licence);
    }

    [Theory]
    [MemberData(nameof(LicenceArrivalOrders))]
    public void ListingIsTheOneThatOccurredLastWhateverTheArrivalOrder(string order)
    {
        var events = new Dictionary<char, EnterpriseEvent>
        {
            ['a'] = Delisted("a", T),
            ['b'] = Listed("b", T.AddMonths(2)),
            ['c'] = Delisted("c", T.AddMonths(1)),
        };

        var facts = Facts([.. order.Select(c => events[c])]);

        Assert.Equal(new StandingFact<bool>(true, "b", T.AddMonths(2)), facts.DishonestyListing);
    }

    [Fact]
    public void LicenceEventsAtTheSameMomentGiveTheSameStandingWhateverTheArrivalOrder()
    {
        // Documented as order-independent; two licence events dated to the same instant (date-only sources
        // often report midnight) currently resolve to whichever arrived last.
        var suspended = Suspended("suspended", T);
        var restored = Restored("restored", T);

        Assert.Equal(Facts(suspended, restored).Licence, Facts(restored, suspended).Licence);
    }

    [Fact]
    public void ListingEventsAtTheSameMomentGiveTheSameListingWhateverTheArrivalOrder()
    {
        var listed = Listed("listed", T);
        var delisted = Delisted("delisted", T);

        Assert.Equal(Facts(listed, delisted).DishonestyListing, Facts(delisted, listed).DishonestyListing);
    }

    [Fact]
    public void WithoutDropsOnlyDatedFactsThatOccurredBeforeTheCutoff()
    {
        var cutoff = T;
        var facts = Facts(
            FailedSampling("before", cutoff.AddTicks(-1)),
            Penalty("at", cutoff),
            Accident("after", cutoff.AddTicks(1)),
            Refusal("long-before", cutoff.AddYears(-5)),
            Revoked("licence", cutoff.AddYears(-5)),
            Listed("listing", cutoff.AddYears(-6)));

        var pruned = facts.Without(cutoff);

        Assert.Equal(["at", "after"], pruned.Dated.Select(f => f.EventId));
        Assert.Equal(facts.Licence, pruned.Licence);
        Assert.Equal(facts.DishonestyListing, pruned.DishonestyListing);
    }

    [Fact]
    public void WithoutReturnsTheSameFactsWhenNothingIsOlderThanTheCutoff()
    {
        var facts = Facts(FailedSampling("s-1", T), Revoked("l-1", T.AddYears(-3)));

        Assert.Same(facts, facts.Without(T));
        Assert.Same(EnterpriseFacts.None, EnterpriseFacts.None.Without(T));
    }
}
