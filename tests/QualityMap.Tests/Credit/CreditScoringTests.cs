using QualityMap.Grains.Credit;

namespace QualityMap.Tests.Credit;

/// <summary>The default point table: start at 12 on the first scored event, deductions by type, credits for clean checks.</summary>
public sealed class CreditScoringTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly CreditPointTable Points = new();

    private static CreditObservation At(int day, CreditItem item) => new($"ev-{day:000}", T0.AddDays(day), item);

    [Fact]
    public void NothingScoredIsClassO()
    {
        var standing = CreditScoring.Score([], Points);
        Assert.Null(standing.Score);
        Assert.Equal(CreditClass.O, standing.Class);
    }

    [Fact]
    public void ANeutralCheckDoesNotScoreAnUnscoredOperator() =>
        Assert.Equal(CreditClass.O, CreditScoring.Score([At(1, CreditItem.InspectionPassed)], Points).Class);

    [Fact]
    public void TheFirstScoredEventStartsAtTwelve()
    {
        Assert.Equal(13m, CreditScoring.Score([At(1, CreditItem.SamplingPassed)], Points).Score);
        var failed = CreditScoring.Score([At(1, CreditItem.SamplingFailed)], Points);
        Assert.Equal(8m, failed.Score);
        Assert.Equal(CreditClass.B, failed.Class);
    }

    [Fact]
    public void DeductionsWalkDownTheClassesAndAViolationInDIsSeriousCircumstances()
    {
        var standing = CreditScoring.Score(
        [
            At(1, CreditItem.SamplingFailed),          // 8  B
            At(2, CreditItem.AdministrativePenalty),   // 2  C
            At(3, CreditItem.SamplingRefused),         // -4 D
        ], Points);
        Assert.Equal(-4m, standing.Score);
        Assert.Equal(CreditClass.D, standing.Class);
        Assert.False(standing.SeriousCircumstances);   // it was C when it refused

        var again = CreditScoring.Score([.. standing.Entries.Select(e => new CreditObservation(e.EventId, e.OccurredAt, e.Item)),
            At(4, CreditItem.SamplingFailed)], Points);
        Assert.True(again.SeriousCircumstances);
        Assert.True(again.Entries[^1].SeriousCircumstances);
    }

    [Fact]
    public void CreditsStopAtTheMaximum() =>
        Assert.Equal(15m, CreditScoring.Score(Enumerable.Range(1, 10).Select(d => At(d, CreditItem.SamplingPassed)), Points).Score);

    [Fact]
    public void ArrivalOrderAndRepeatsDoNotChangeTheScore()
    {
        CreditObservation[] events = [At(3, CreditItem.SamplingPassed), At(1, CreditItem.SamplingFailed), At(2, CreditItem.ReinspectionPassed)];
        var forward = CreditScoring.Score(events, Points);
        var backward = CreditScoring.Score([.. events.Reverse(), events[0]], Points);
        Assert.Equal(forward.Score, backward.Score);
        Assert.Equal(9.5m, forward.Score);
        Assert.Equal(2, forward.ConsecutiveCleanChecks);
    }

    [Fact]
    public void ARandomCoefficientDropsAfterTwoCleanChecksInARow()
    {
        var options = new CreditOptions();
        var one = CreditScoring.Score([At(1, CreditItem.SamplingPassed)], Points);
        var two = CreditScoring.Score([At(1, CreditItem.SamplingPassed), At(2, CreditItem.InspectionPassed)], Points);
        Assert.Equal(CreditClass.A, two.Class);
        Assert.Equal(1m, CreditMeasureRules.RandomCoefficient(one, options));
        Assert.Equal(0.5m, CreditMeasureRules.RandomCoefficient(two, options));
    }
}
