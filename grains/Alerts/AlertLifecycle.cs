namespace QualityMap.Grains.Alerts;

/// <summary>
/// What a condition's comings and goings do to its alert, as pure functions of the alert, the moment and the options.
/// DB3304/T 056 §4.2.1 makes a town's colour an alert to its county and says nothing of a town that hovers at a
/// threshold, so the hold and the flap limit are configuration (<see cref="AlertOptions"/>): a condition that went away
/// keeps its alert open for <see cref="AlertOptions.ClearAfter"/>, and coming back within it updates that alert (one
/// more occurrence, the latest time, perhaps 频繁变化) instead of paging again. A return pages nobody: it leaves the
/// acknowledgement, the re-send and the escalation as they were.
/// </summary>
public static class AlertLifecycle
{
    /// <summary>The alert's condition has been absent for the whole hold: the alert is over, the next raise is a new one.</summary>
    public static bool HoldPassed(Alert alert, DateTimeOffset now, AlertOptions options) =>
        alert.AbsentSince is { } since && now - since >= options.ClearAfter;

    /// <summary>When the hold of an absent condition runs out.</summary>
    public static DateTimeOffset HoldEndsAt(Alert alert, AlertOptions options) =>
        (alert.AbsentSince ?? throw new ArgumentException("The alert's condition is present.", nameof(alert))) + options.ClearAfter;

    /// <summary>The alert once its condition went away, or null when it is absent or over already (nothing changes).</summary>
    public static Alert? Absent(Alert alert, DateTimeOffset now) =>
        alert.AbsentSince is not null || !alert.Open ? null : alert with { AbsentSince = now, Revision = alert.Revision + 1 };

    /// <summary>
    /// The alert as its condition is raised again with <paramref name="detail"/>: null when the condition never left
    /// (nothing to say) or when the hold has passed (the caller closes this alert and raises a new one).
    /// </summary>
    public static Alert? Returned(Alert alert, string detail, DateTimeOffset now, AlertOptions options)
    {
        if (alert.AbsentSince is null || !alert.Open || HoldPassed(alert, now, options)) return null;
        var recent = FlapRules.Recent([.. alert.RecentReturns ?? [], now], now, options);
        return alert with
        {
            Detail = detail,
            Returns = alert.Returns + 1,
            LastReturnAt = now,
            AbsentSince = null,
            RecentReturns = recent,
            Flapping = alert.Flapping || FlapRules.Flapping(recent, now, options),
            Revision = alert.Revision + 1,
        };
    }

    /// <summary>
    /// The alert closed at the end of its hold (not at the moment somebody noticed), or null while its condition is
    /// present or the hold still runs.
    /// </summary>
    public static Alert? Closed(Alert alert, DateTimeOffset now, AlertOptions options) =>
        !alert.Open || !HoldPassed(alert, now, options) ? null : alert with { ClosedAt = HoldEndsAt(alert, options), Revision = alert.Revision + 1 };
}
