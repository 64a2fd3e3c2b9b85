using QualityMap.Grains.Alerts;

namespace QualityMap.Tests.Alerts;

/// <summary>The hold and flap rules at every bound: just inside and just outside the hold, exactly N and N+1 returns in the window.</summary>
public sealed class AlertLifecycleTests
{
    private static readonly AlertOptions Options = new()
    {
        ClearAfter = TimeSpan.FromMinutes(15), FlapWindow = TimeSpan.FromMinutes(30), FlapReturns = 3,
    };

    private static readonly DateTimeOffset Raised = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly Alert Raise = new(1, "330402-1", "town:330402007:red", "330402", AlertKinds.TownRed, "建设街道变为红色", "21.4%", Raised);

    [Fact]
    public void TheDefaultsHoldAnHourAndCallMoreThanThreeReturnsInAnHourFlapping()
    {
        var defaults = new AlertOptions();
        Assert.Equal(TimeSpan.FromHours(1), defaults.ClearAfter);
        Assert.Equal(TimeSpan.FromHours(1), defaults.FlapWindow);
        Assert.Equal(3, defaults.FlapReturns);
        Assert.Empty(defaults.Validate());
    }

    [Fact]
    public void OptionsThatCannotWorkAreRefusedByName()
    {
        var errors = new AlertOptions { ClearAfter = TimeSpan.Zero, FlapWindow = TimeSpan.FromTicks(-1), FlapReturns = 0 }.Validate().ToList();
        Assert.Contains("Alerts:ClearAfter must be positive.", errors);
        Assert.Contains("Alerts:FlapWindow must be positive.", errors);
        Assert.Contains("Alerts:FlapReturns must be at least 1.", errors);
    }

    [Fact]
    public void AReturnJustInsideTheHoldUpdatesTheSameAlertAndOneAtTheHoldIsANewAlert()
    {
        var gone = AlertLifecycle.Absent(Raise, Raised.AddMinutes(5))!;
        Assert.Equal(Raised.AddMinutes(5), gone.AbsentSince);
        Assert.Equal(1, gone.Revision);
        Assert.True(gone.Open);
        Assert.Equal(Raised.AddMinutes(20), AlertLifecycle.HoldEndsAt(gone, Options));

        var inside = Raised.AddMinutes(20).AddTicks(-1);
        var back = AlertLifecycle.Returned(gone, "21.5%", inside, Options)!;
        Assert.Equal((2, 2, 1), (back.Revision, back.Occurrences, back.Returns));
        Assert.Equal(Raised, back.RaisedAt);
        Assert.Equal(inside, back.LastRaisedAt);
        Assert.Null(back.AbsentSince);
        Assert.Equal("21.5%", back.Detail);
        Assert.Null(AlertLifecycle.Closed(gone, inside, Options));

        var atTheHold = Raised.AddMinutes(20);
        Assert.Null(AlertLifecycle.Returned(gone, "21.5%", atTheHold, Options));
        var closed = AlertLifecycle.Closed(gone, atTheHold.AddMinutes(3), Options)!;
        Assert.Equal(atTheHold, closed.ClosedAt);     // when the hold ended, not when it was noticed
        Assert.False(closed.Open);
        Assert.Equal(2, closed.Revision);
    }

    [Fact]
    public void APresentConditionOrAClosedAlertChangesNothing()
    {
        Assert.Null(AlertLifecycle.Returned(Raise, "again", Raised.AddMinutes(1), Options));
        Assert.Null(AlertLifecycle.Closed(Raise, Raised.AddDays(1), Options));
        var gone = AlertLifecycle.Absent(Raise, Raised)!;
        Assert.Null(AlertLifecycle.Absent(gone, Raised.AddMinutes(1)));   // away already: its hold runs from the first time
        var closed = AlertLifecycle.Closed(gone, Raised.AddHours(1), Options)!;
        Assert.Null(AlertLifecycle.Absent(closed, Raised.AddHours(2)));
        Assert.Null(AlertLifecycle.Returned(closed, "again", Raised.AddHours(2), Options));
        Assert.Null(AlertLifecycle.Closed(closed, Raised.AddHours(2), Options));
    }

    [Fact]
    public void AReturnKeepsTheAcknowledgementTheResendAndTheEscalation()
    {
        var handled = Raise with
        {
            AcknowledgedBy = "nanhu-bureau", AcknowledgedAt = Raised.AddMinutes(1), ResentAt = Raised.AddMinutes(30), EscalatedAt = Raised.AddHours(2),
        };
        var back = AlertLifecycle.Returned(AlertLifecycle.Absent(handled, Raised.AddMinutes(2))!, "x", Raised.AddMinutes(3), Options)!;
        Assert.Equal(("nanhu-bureau", handled.AcknowledgedAt, handled.ResentAt, handled.EscalatedAt),
            (back.AcknowledgedBy, back.AcknowledgedAt, back.ResentAt, back.EscalatedAt));
    }

    [Fact]
    public void ExactlyFlapReturnsInTheWindowIsNotFlappingAndOneMoreIs()
    {
        var alert = Raise;
        var at = Raised;
        for (var i = 1; i <= Options.FlapReturns; i++)
        {
            at = at.AddMinutes(2);
            alert = AlertLifecycle.Returned(AlertLifecycle.Absent(alert, at)!, "x", at.AddMinutes(1), Options)!;
            at = at.AddMinutes(1);
            Assert.False(alert.Flapping, $"return {i}");
        }

        var fourth = AlertLifecycle.Returned(AlertLifecycle.Absent(alert, at.AddMinutes(1))!, "x", at.AddMinutes(2), Options)!;
        Assert.True(fourth.Flapping);
        Assert.Equal(Options.FlapReturns + 1, fourth.Returns);

        // It stays marked for the alert's life, even once the returns have left the window.
        var later = fourth.LastRaisedAt + Options.FlapWindow;
        Assert.True(AlertLifecycle.Returned(AlertLifecycle.Absent(fourth, later)!, "x", later.AddMinutes(1), Options)!.Flapping);
    }

    [Fact]
    public void AReturnExactlyOneWindowAgoIsOutOfItAndOneTickLessIsIn()
    {
        var now = Raised.AddHours(3);
        DateTimeOffset[] threeInside = [now.AddMinutes(-10), now.AddMinutes(-5), now];
        Assert.False(FlapRules.Flapping([now - Options.FlapWindow, .. threeInside], now, Options));
        Assert.True(FlapRules.Flapping([now - Options.FlapWindow + TimeSpan.FromTicks(1), .. threeInside], now, Options));

        // Only what the rule needs is kept: the window's returns, at most one more than the limit.
        var many = Enumerable.Range(0, 10).Select(i => now.AddMinutes(-i)).Append(now - Options.FlapWindow).ToList();
        Assert.Equal(many.Take(Options.FlapReturns + 1).Order(), FlapRules.Recent(many, now, Options));
    }

    [Fact]
    public void FourReturnsSpreadWiderThanTheWindowAreNotFlapping()
    {
        var alert = Raise;
        var at = Raised;
        for (var i = 0; i < 4; i++)
        {
            at += Options.FlapWindow / 3;   // the fourth return's window holds only three
            alert = AlertLifecycle.Returned(AlertLifecycle.Absent(alert, at.AddMinutes(-1))!, "x", at, Options)!;
        }

        Assert.Equal(4, alert.Returns);
        Assert.False(alert.Flapping);
    }
}
