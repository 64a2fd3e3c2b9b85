using QualityMap.Grains.Reminders;
using QualityMap.Grains.Alerts;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Collects the tasks of a county's enterprises so the county bureau can list what is dispatched to it and what is
/// overdue. Statuses are computed from the clock when read, so a task turns overdue with no event arriving. What it
/// keeps is also told to <see cref="ICountyTaskFeed"/> for the gauges.
/// The desk is a view over the supervision grains' own states, so it stores nothing: storing it meant serialising
/// the whole county on every enterprise change, which dominated ingest. It stays in memory (never collected, or its
/// view would be lost; the feed's snapshot holds the same summaries, so this costs only the index) and the start-up
/// seeds it from the stored supervision states (<see cref="SeedAsync"/>).
/// It also pages the county bureau with the daily task digest (<see cref="TaskDigestRules"/>), woken by a durable
/// reminder so a digest due while the service was down comes at start-up.
/// </summary>
[GrainType("county-supervision")]
[KeepAlive]
public sealed class CountySupervisionGrain(SupervisionOptions options, ICountyTaskFeed feed, TimeProvider time) : Grain, ICountySupervisionGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    public const string DigestReminder = "task-digest";

    private readonly Dictionary<string, EnterpriseTaskSummary> _enterprises = new(StringComparer.Ordinal);

    // Enterprises told live before the seed came: a reminder may re-plan one while the start-up still reads the
    // stored states, and what it told is never older than what was read, so the seed must not overwrite it (nor
    // bring back an enterprise that left). Null once seeded.
    private HashSet<string>? _toldBeforeSeed = new(StringComparer.Ordinal);

    // The digest reminder's due time as registered by this activation.
    private DateTimeOffset? _digestReminderAt;

    private string County => this.GetPrimaryKeyString();

    public Task EnterpriseTasksChangedAsync(EnterpriseTaskSummary summary)
    {
        _toldBeforeSeed?.Add(summary.Uscc);
        Apply(summary);
        return ScheduleDigestAsync();
    }

    public async Task SeedAsync(IReadOnlyList<EnterpriseTaskSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            if (_toldBeforeSeed?.Contains(summary.Uscc) != true) Apply(summary);
        }
        _toldBeforeSeed = null;
        // The latest digest, again: one that fell due while the service was down pages now, one already sent does not
        // (same tasks, same key). The reminder cannot be relied on for it: this seed may re-register it before the
        // stored one is read.
        SendDigest();
        await ScheduleDigestAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private async Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (reminderName != DigestReminder) return;
        _digestReminderAt = null;
        // Before the seed the desk holds only what was told live; a digest of part of the county would page, and its
        // key would keep the whole one from paging. The seed sends it.
        if (Seeded) SendDigest();
        await ScheduleDigestAsync();
    }

    // The latest digest due (an empty one pages nothing and wakes no alerts grain).
    private void SendDigest()
    {
        var at = TaskDigestRules.LatestDigestAt(time.GetUtcNow(), options);
        var digest = TaskDigestRules.Digest(_enterprises.Values.SelectMany(e => e.Tasks), at, options);
        foreach (var request in TaskDigestRules.Requests(digest))
            _ = GrainFactory.GetGrain<IAlertsGrain>(County).RaiseAsync(request);
    }

    // A county with no enterprise has nothing to digest, and no reminder: most desks of a national tree stay empty.
    private async Task ScheduleDigestAsync()
    {
        if (_enterprises.Count == 0 || _digestReminderAt is not null) return;
        var next = TaskDigestRules.NextDigestAt(time.GetUtcNow(), options);
        await DueTimes.SetAsync(DigestReminder, next);
        _digestReminderAt = next;
    }

    private void Apply(EnterpriseTaskSummary summary)
    {
        if (TaskSummaries.IsEmpty(summary))
        {
            if (_enterprises.Remove(summary.Uscc)) feed.Removed(County, summary.Uscc);
            return;
        }
        _enterprises[summary.Uscc] = summary;
        feed.Changed(County, summary);
    }

    private bool Seeded => _toldBeforeSeed is null;

    public Task<IReadOnlyList<SupervisionTaskView>?> TasksAsync(SupervisionTaskStatus? status)
    {
        if (!Seeded) return Task.FromResult<IReadOnlyList<SupervisionTaskView>?>(null);
        var now = time.GetUtcNow();
        IReadOnlyList<SupervisionTaskView> tasks =
        [
            .. _enterprises.Values
                .SelectMany(e => e.Tasks)
                .Select(t => new SupervisionTaskView(t, SupervisionPlanner.StatusOf(t, now, options)))
                .Where(v => status is null || v.Status == status)
                .OrderBy(v => v.Task.Due).ThenBy(v => v.Task.Id, StringComparer.Ordinal),
        ];
        return Task.FromResult<IReadOnlyList<SupervisionTaskView>?>(tasks);
    }

    public Task<CountySupervisionReport?> ReportAsync() =>
        Task.FromResult(Seeded ? SupervisionReports.County(County, _enterprises.Values, time.GetUtcNow(), options) : null);
}
