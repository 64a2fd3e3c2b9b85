namespace QualityMap.Grains.Alerts;

/// <summary>
/// A live alert to a bureau: one per stretch of its condition (<see cref="Key"/>). <see cref="Seq"/> numbers the alerts
/// of one region (so a bureau that was offline asks for what came after its last one); <see cref="Revision"/> grows
/// with every change (re-sent, acknowledged, escalated, its condition gone, back or over), so a client can tell a new
/// state of the same alert from a copy it has. A condition that goes away and comes back within
/// <see cref="AlertOptions.ClearAfter"/> stays this alert (<see cref="AlertLifecycle"/>); the fields after
/// <see cref="EscalatedAt"/> came with that and default to "raised once, still present" for alerts stored before.
/// </summary>
/// <param name="Returns">Times the condition came back within the hold.</param>
/// <param name="LastReturnAt">The latest of those returns.</param>
/// <param name="AbsentSince">Since when the condition is absent; null while it is present.</param>
/// <param name="ClosedAt">When the hold ran out with the condition still absent.</param>
/// <param name="Flapping">It came back more than <see cref="AlertOptions.FlapReturns"/> times within <see cref="AlertOptions.FlapWindow"/> (频繁变化); stays for the alert's life.</param>
/// <param name="RecentReturns">The latest returns, as many as flap detection needs.</param>
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
    DateTimeOffset? EscalatedAt = null,
    int Returns = 0,
    DateTimeOffset? LastReturnAt = null,
    DateTimeOffset? AbsentSince = null,
    DateTimeOffset? ClosedAt = null,
    bool Flapping = false,
    IReadOnlyList<DateTimeOffset>? RecentReturns = null)
{
    public bool Acknowledged => AcknowledgedAt is not null;

    /// <summary>How many times the condition has been raised in this alert: the first time and each return (第N次).</summary>
    public int Occurrences => Returns + 1;

    /// <summary>When the condition was last raised: <see cref="RaisedAt"/> is the first time.</summary>
    public DateTimeOffset LastRaisedAt => LastReturnAt ?? RaisedAt;

    /// <summary>Open until its condition has been absent for the whole hold; a raise of its key after that is a new alert.</summary>
    public bool Open => ClosedAt is null;
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
