namespace QualityMap.Grains.Alerts;

/// <summary>
/// A live alert to a bureau. <see cref="Seq"/> numbers the alerts of one region (so a bureau that was offline asks for
/// what came after its last one); <see cref="Revision"/> grows when the alert is re-sent, acknowledged or escalated,
/// so a client can tell a new state of the same alert from a copy it has.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.Alert")]
public sealed record Alert(
    long Seq,
    string Id,
    string Key,
    string RegionCode,
    string Kind,
    string Title,
    string Detail,
    DateTimeOffset RaisedAt,
    int Revision = 0,
    string? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null,
    DateTimeOffset? ResentAt = null,
    DateTimeOffset? EscalatedAt = null)
{
    public bool Acknowledged => AcknowledgedAt is not null;
}

/// <summary>
/// What raises an alert: the condition's stable key (one alert per key while it lasts) and its text (zh-CN). A key in
/// a <paramref name="Series"/> (a prefix, e.g. a daily digest's) ends the series' earlier keys when it is raised.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.AlertRequest")]
public sealed record AlertRequest(string Key, string Kind, string Title, string Detail, string? Series = null);

/// <summary>The kinds of alert, as clients see them.</summary>
public static class AlertKinds
{
    public const string WarningRaised = "warning_raised";
    public const string WarningEscalated = "warning_escalated";
    public const string TownRed = "town_red";
    public const string TownOrange = "town_orange";
    public const string PlanFiled = "plan_filed";
    public const string AcceptanceApplied = "acceptance_applied";
    public const string AcceptancePassed = "acceptance_passed";
    public const string AcceptanceFailed = "acceptance_failed";
    public const string DeadlineApproaching = "deadline_approaching";
    public const string DeadlinePassed = "deadline_passed";
    public const string Escalated = "escalated";
    public const string TaskDispatched = "task_dispatched";
    public const string TaskOverdue = "task_overdue";
    public const string BatchFailed = "batch_failed";
    public const string BatchRecalled = "batch_recalled";
}
