using QualityMap.Grains.Reminders;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Alerts;

/// <summary>
/// One region's alerts. Durable, so a bureau that was offline gets what it missed; each unacknowledged alert has two
/// reminders: re-send it, then raise it to the city bureau. A condition that went away has a third: close its alert
/// once it stayed away for the hold (<see cref="AlertLifecycle"/>); back before that, it updates the same alert.
/// </summary>
[GrainType("alerts")]
public sealed class AlertsGrain(IAlertFeed feed, AlertOptions options, RegionTree tree, TimeProvider time) : Grain<AlertsState>, IAlertsGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    private const string Resend = "resend:";
    private const string Escalate = "escalate:";
    private const string Close = "close:";

    public async Task RaiseAsync(AlertRequest request)
    {
        var now = time.GetUtcNow();
        if (State.ActiveKeys.Contains(request.Key))
        {
            // An open alert whose condition is present (or one trimmed away) says nothing new: the same condition never pages twice.
            if (OpenAlertOf(request.Key) is not var (index, open)) return;
            if (AlertLifecycle.Returned(open, request.Detail, now, options) is { } returned)
            {
                await UpdateAsync(index, returned);
                await DueTimes.ClearAsync(Close + returned.Id);
                return;
            }
            if (AlertLifecycle.Closed(open, now, options) is not { } closed) return;
            // Back after the hold, before its close reminder came: that alert is over, this is a new one.
            await CloseAsync(index, closed);
            await DueTimes.ClearAsync(Close + closed.Id);
        }

        State.ActiveKeys.Add(request.Key);
        if (request.Series is { } series)
            State.ActiveKeys.RemoveWhere(k => k != request.Key && k.StartsWith(series, StringComparison.Ordinal));
        var seq = ++State.LastSeq;
        var region = this.GetPrimaryKeyString();
        var alert = new Alert(seq, $"{region}-{seq}", request.Key, region, request.Kind, request.Title, request.Detail, now);
        State.Alerts.Add(alert);
        Trim();
        await WriteStateAsync();
        feed.Publish(alert);
        await DueTimes.SetAsync(Resend + alert.Id, alert.RaisedAt + options.ResendAfter);
        // An escalation already at the city has nowhere higher to go.
        if (alert.Kind != AlertKinds.Escalated && tree.Find(region)?.ParentCode is not null)
            await DueTimes.SetAsync(Escalate + alert.Id, alert.RaisedAt + options.EscalateAfter);
    }

    public async Task ClearAsync(string key)
    {
        if (!State.ActiveKeys.Contains(key)) return;
        if (OpenAlertOf(key) is not var (index, open))
        {
            State.ActiveKeys.Remove(key);
            await WriteStateAsync();
            return;
        }
        if (AlertLifecycle.Absent(open, time.GetUtcNow()) is not { } absent) return;
        await UpdateAsync(index, absent);
        await DueTimes.SetAsync(Close + absent.Id, AlertLifecycle.HoldEndsAt(absent, options));
    }

    public async Task<Alert?> AcknowledgeAsync(string alertId, string by)
    {
        if (Find(alertId) is not var (index, alert)) return null;
        if (alert.Acknowledged) return alert;
        alert = alert with { AcknowledgedBy = by, AcknowledgedAt = time.GetUtcNow(), Revision = alert.Revision + 1 };
        await UpdateAsync(index, alert);
        await DueTimes.ClearAsync(Resend + alert.Id);
        await DueTimes.ClearAsync(Escalate + alert.Id);
        return alert;
    }

    public Task<IReadOnlyList<Alert>> SinceAsync(long seq) =>
        Task.FromResult<IReadOnlyList<Alert>>([.. State.Alerts.Where(a => a.Seq > seq)]);

    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private async Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (reminderName.StartsWith(Close, StringComparison.Ordinal))
        {
            // Nothing when the condition came back meanwhile (its hold was set again if it went away again).
            if (Find(reminderName[Close.Length..]) is not var (at, absent) || absent.AbsentSince is null || !absent.Open) return;
            if (AlertLifecycle.Closed(absent, time.GetUtcNow(), options) is { } closed) await CloseAsync(at, closed);
            else await DueTimes.SetAsync(reminderName, AlertLifecycle.HoldEndsAt(absent, options));   // a tick before its time
            return;
        }
        var resend = reminderName.StartsWith(Resend, StringComparison.Ordinal);
        var id = reminderName[(resend ? Resend : Escalate).Length..];
        if (Find(id) is not var (index, alert) || alert.Acknowledged) return;
        var now = time.GetUtcNow();
        alert = resend ? alert with { ResentAt = now, Revision = alert.Revision + 1 } : alert with { EscalatedAt = now, Revision = alert.Revision + 1 };
        await UpdateAsync(index, alert);
        if (!resend && tree.Find(alert.RegionCode)?.ParentCode is { } city)
        {
            var county = tree.Find(alert.RegionCode)!.Name;
            _ = GrainFactory.GetGrain<IAlertsGrain>(city).RaiseAsync(new AlertRequest(
                $"escalated:{alert.Id}", AlertKinds.Escalated, $"【升级】{county}：{alert.Title}",
                $"{county}市场监督管理局在{options.EscalateAfter.TotalMinutes:0}分钟内未确认此提醒。{alert.Detail}"));
        }
    }

    private async Task UpdateAsync(int index, Alert alert)
    {
        State.Alerts[index] = alert;
        await WriteStateAsync();
        feed.Publish(alert);
    }

    private Task CloseAsync(int index, Alert closed)
    {
        State.ActiveKeys.Remove(closed.Key);
        return UpdateAsync(index, closed);
    }

    // The newest alert of the key is the one its active condition belongs to.
    private (int Index, Alert Alert)? OpenAlertOf(string key)
    {
        var index = State.Alerts.FindLastIndex(a => a.Key == key);
        return index < 0 || !State.Alerts[index].Open ? null : (index, State.Alerts[index]);
    }

    private (int Index, Alert Alert)? Find(string alertId)
    {
        var index = State.Alerts.FindIndex(a => a.Id == alertId);
        return index < 0 ? null : (index, State.Alerts[index]);
    }

    // Old acknowledged alerts go first; unacknowledged ones are kept whatever their age.
    private void Trim()
    {
        while (State.Alerts.Count > options.Retained && State.Alerts.FindIndex(a => a.Acknowledged) is var oldest and >= 0)
            State.Alerts.RemoveAt(oldest);
    }
}
