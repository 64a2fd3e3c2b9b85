using QualityMap.Grains.Reminders;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Alerts;

/// <summary>
/// One region's alerts. Durable, so a bureau that was offline gets what it missed; each unacknowledged alert has two
/// reminders: re-send it, then raise it to the city bureau.
/// </summary>
[GrainType("alerts")]
public sealed class AlertsGrain(IAlertFeed feed, AlertOptions options, RegionTree tree, TimeProvider time) : Grain<AlertsState>, IAlertsGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    private const string Resend = "resend:";
    private const string Escalate = "escalate:";

    public async Task RaiseAsync(AlertRequest request)
    {
        if (!State.ActiveKeys.Add(request.Key)) return;
        if (request.Series is { } series)
            State.ActiveKeys.RemoveWhere(k => k != request.Key && k.StartsWith(series, StringComparison.Ordinal));
        var seq = ++State.LastSeq;
        var region = this.GetPrimaryKeyString();
        var alert = new Alert(seq, $"{region}-{seq}", request.Key, region, request.Kind, request.Title, request.Detail, time.GetUtcNow());
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
        if (State.ActiveKeys.Remove(key)) await WriteStateAsync();
    }

    public async Task<Alert?> AcknowledgeAsync(string alertId, string by)
    {
        if (Find(alertId) is not var (index, alert)) return null;
        if (alert.Acknowledged) return alert;
        alert = alert with { AcknowledgedBy = by, AcknowledgedAt = time.GetUtcNow(), Revision = alert.Revision + 1 };
        State.Alerts[index] = alert;
        await WriteStateAsync();
        feed.Publish(alert);
        await DueTimes.ClearAsync(Resend + alert.Id);
        await DueTimes.ClearAsync(Escalate + alert.Id);
        return alert;
    }

    public Task<IReadOnlyList<Alert>> SinceAsync(long seq) =>
        Task.FromResult<IReadOnlyList<Alert>>([.. State.Alerts.Where(a => a.Seq > seq)]);

    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private async Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        var resend = reminderName.StartsWith(Resend, StringComparison.Ordinal);
        var id = reminderName[(resend ? Resend : Escalate).Length..];
        if (Find(id) is not var (index, alert) || alert.Acknowledged) return;
        var now = time.GetUtcNow();
        alert = resend ? alert with { ResentAt = now, Revision = alert.Revision + 1 } : alert with { EscalatedAt = now, Revision = alert.Revision + 1 };
        State.Alerts[index] = alert;
        await WriteStateAsync();
        feed.Publish(alert);
        if (!resend && tree.Find(alert.RegionCode)?.ParentCode is { } city)
        {
            var county = tree.Find(alert.RegionCode)!.Name;
            _ = GrainFactory.GetGrain<IAlertsGrain>(city).RaiseAsync(new AlertRequest(
                $"escalated:{alert.Id}", AlertKinds.Escalated, $"【升级】{county}：{alert.Title}",
                $"{county}市场监督管理局在{options.EscalateAfter.TotalMinutes:0}分钟内未确认此提醒。{alert.Detail}"));
        }
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
