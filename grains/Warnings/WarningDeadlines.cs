using QualityMap.Grains.Alerts;

namespace QualityMap.Grains.Warnings;

/// <summary>
/// Response deadlines of a warning as pure functions. DB3304/T 056 names the steps the county bureau owes but no day
/// counts, so the periods are configuration (<see cref="WarningOptions"/>); a period runs from the moment the
/// warning entered the stage that owes the step.
/// </summary>
public static class WarningDeadlines
{
    public const string PlanStep = "plan";
    public const string AcceptanceApplicationStep = "acceptance-application";

    /// <summary>The deadline the warning's present stage carries; null when the county owes nothing now.</summary>
    public static WarningDeadline? For(WarningStage stage, IReadOnlyList<WarningHistoryEntry> history, WarningOptions options) => stage switch
    {
        // §4.2.2: the warned county bureau files a rectification plan, counted from the warning (or from the
        // city's return of a plan, which owes a new one).
        WarningStage.AwaitingPlan => new(stage, PlanStep, StageSince(stage, history) + options.PlanDueAfter),
        // §4.2.2–§4.2.3.1: the rectification period, counted from the plan's approval (or a failed acceptance),
        // after which the county applies for acceptance.
        WarningStage.Rectifying => new(stage, AcceptanceApplicationStep, StageSince(stage, history) + options.RectificationPeriod),
        _ => null,
    };

    /// <summary>
    /// The alert a deadline calls for at <paramref name="now"/>: passed once due, approaching from
    /// <paramref name="alertBefore"/> ahead, nothing earlier.
    /// </summary>
    public static string? AlertKind(WarningDeadline deadline, DateTimeOffset now, TimeSpan alertBefore) =>
        now >= deadline.DueAt ? AlertKinds.DeadlinePassed
        : now >= deadline.DueAt - alertBefore ? AlertKinds.DeadlineApproaching
        : null;

    /// <summary>
    /// The alert's condition key: one per warning, stage, deadline and kind, so a deadline never pages twice, while
    /// a later deadline of the same stage (a returned plan, a failed acceptance) pages again.
    /// </summary>
    public static string AlertKey(string warningId, WarningDeadline deadline, string kind) =>
        $"deadline:{warningId}:{deadline.Stage}:{deadline.DueAt.UtcTicks}:{kind}";

    /// <summary>When the warning entered <paramref name="stage"/>: the first of the trailing history entries left in it.</summary>
    public static DateTimeOffset StageSince(WarningStage stage, IReadOnlyList<WarningHistoryEntry> history)
    {
        var since = history.Count > 0 ? history[^1].At : DateTimeOffset.MinValue;
        for (var i = history.Count - 1; i >= 0 && history[i].Stage == stage; i--) since = history[i].At;
        return since;
    }
}
