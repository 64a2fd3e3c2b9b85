using QualityMap.Grains.Alerts;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Alerts;

/// <summary>Alerts stored before the hold existed read as raised once, present and open; the new fields survive a round trip.</summary>
public sealed class StoredAlertsTests
{
    // An alerts grain's state as the version before issue 20 stored it.
    private const string Before = """
        {"lastSeq":1,"alerts":[{"seq":1,"id":"330402-1","key":"town:330402007:red","regionCode":"330402","kind":"town_red",
        "title":"建设街道变为红色","detail":"红色：5家监测企业中1家为高风险（20%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":1,
        "acknowledgedBy":"nanhu-bureau","acknowledgedAt":"2026-11-20T08:05:00+00:00","resentAt":null,"escalatedAt":null,"acknowledged":true}],
        "activeKeys":["town:330402007:red"]}
        """;

    [Fact]
    public void AnAlertStoredBeforeTheHoldReadsAsRaisedOncePresentAndOpen()
    {
        var state = GrainStateSerializer.Deserialize<AlertsState>(Before);

        var alert = Assert.Single(state.Alerts);
        Assert.Equal((0, 1, alert.RaisedAt, true, false), (alert.Returns, alert.Occurrences, alert.LastRaisedAt, alert.Open, alert.Flapping));
        Assert.Null(alert.AbsentSince);
        Assert.Null(alert.RecentReturns);
        Assert.Equal("nanhu-bureau", alert.AcknowledgedBy);
        Assert.Contains("town:330402007:red", state.ActiveKeys);
    }

    [Fact]
    public void TheHoldsFieldsSurviveARoundTrip()
    {
        var stored = GrainStateSerializer.Deserialize<AlertsState>(Before);
        var at = stored.Alerts[0].RaisedAt;
        var options = new AlertOptions();
        stored.Alerts[0] = AlertLifecycle.Returned(AlertLifecycle.Absent(stored.Alerts[0], at.AddMinutes(1))!, "back", at.AddMinutes(2), options)! with { Flapping = true };

        var read = GrainStateSerializer.Deserialize<AlertsState>(GrainStateSerializer.Serialize(stored)).Alerts[0];

        Assert.Equal((1, at.AddMinutes(2), true, "back"), (read.Returns, read.LastReturnAt, read.Flapping, read.Detail));
        Assert.Equal([at.AddMinutes(2)], read.RecentReturns);
    }
}
