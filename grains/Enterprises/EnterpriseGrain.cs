using QualityMap.Grains.Reminders;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Trace;

namespace QualityMap.Grains.Enterprises;

/// <summary>
/// Applies an enterprise's events in journal order, classifies it with the rules, and tells its town when its
/// class or its town changes. A reminder at the next moment a fact ages out reclassifies it with no new event.
/// </summary>
[GrainType("enterprise")]
public sealed class EnterpriseGrain(ClassificationOptions options, IMapFeed feed, SupervisionOptions supervision, TimeProvider time)
    : Grain<EnterpriseState>, IEnterpriseGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    public const string ReviewReminder = "review";
    public const string AgedOutTrigger = "aged-out";

    /// <summary>Older changes are dropped from the state; the journal keeps them all.</summary>
    private const int HistoryLimit = 200;

    public async Task ApplyAsync(JournaledEvent journaled)
    {
        if (journaled.Seq <= State.LastAppliedSeq)
        {
            // A replay after a crash: this state has the event, but the crash may have come before supervision stored
            // it, or before the town answered (the town's silo died, or the caller's: this grain went on and stored the
            // event, then the call to the town failed). Supervision keeps each event once (by its id) and a town the
            // newer of each status, so telling them again is harmless. A move tells the town it left as well.
            if (State.LeftTownCode is { } left) await TellLeftTownAsync(left, State.StatusFor(Uscc), journaled.JournaledAt);
            await TellTownAsync(State.StatusFor(Uscc), journaled.JournaledAt);
            await NotifySupervisionAsync(journaled.Event);
            await TellBatchesAsync(journaled);
            return;
        }
        var before = State.StatusFor(Uscc);
        var townBefore = State.TownCode;
        var evt = journaled.Event;
        // The dispatcher hands over an event only once the one before it was applied, its towns told included.
        State.LeftTownCode = null;
        switch (evt)
        {
            case EnterpriseRegistered registered:
                State.Registered = true;
                State.Closed = false;
                State.Name = registered.Name;
                State.TownCode = registered.TownCode;
                State.Products = [.. registered.Products];
                State.LicenceNo = registered.LicenceNo;
                State.Address = registered.Address;
                break;
            case EnterpriseMoved moved:
                State.TownCode = moved.TownCode;
                break;
            case EnterpriseClosed:
                State.Closed = true;
                break;
            case BatchRegistered batch:
                var produced = new ProducedBatch(new BatchKey(batch.Gtin, batch.Lot), batch.ProductCode);
                State.Batches = [.. State.Batches.Where(b => b.Key != produced.Key), produced];
                break;
            default:
                State.Facts = State.Facts.With(evt);
                break;
        }
        State.LastAppliedSeq = journaled.Seq;
        await ReclassifyAsync(evt.EventId, before, townBefore, journaled.JournaledAt);
        await NotifySupervisionAsync(evt);
        await TellBatchesAsync(journaled);
    }

    // A batch hears after its producer stored the event, so a replay tells it again; both calls are idempotent. A
    // batch's own grain is the one place its state lives: the producer keeps only the keys to find it by lot.
    private Task TellBatchesAsync(JournaledEvent journaled) => journaled.Event switch
    {
        BatchRegistered batch => GrainFactory.GetGrain<IBatchGrain>(new BatchKey(batch.Gtin, batch.Lot).GrainKey)
            .RegisterAsync(journaled.Seq, batch),
        SamplingResult { Passed: false } sampling => TellFailedAsync(sampling, sampling.BatchNo, sampling.ProductCode),
        ReinspectionResult { Passed: false, BatchNo: { } lot } reinspection => TellFailedAsync(reinspection, lot, reinspection.ProductCode),
        BatchRecalled recall => GrainFactory.GetGrain<IBatchGrain>(new BatchKey(recall.Gtin, recall.Lot).GrainKey)
            .RecalledAsync(new BatchRecall(recall.EventId, recall.DocumentNo, recall.Reason, recall.OccurredAt)),
        _ => Task.CompletedTask,
    };

    // A sampling result names a registered batch by its lot and product code (the producer is the event's).
    private Task TellFailedAsync(EnterpriseEvent evt, string lot, string productCode) => Task.WhenAll(State.Batches
        .Where(b => b.Key.Lot == lot && b.ProductCode == productCode)
        .Select(b => GrainFactory.GetGrain<IBatchGrain>(b.Key.GrainKey).FailedAsync(new BatchFailure(evt.EventId, evt.Kind, evt.OccurredAt))));

    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private async Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (reminderName != ReviewReminder) return;
        await ReclassifyAsync(AgedOutTrigger, State.StatusFor(Uscc), State.TownCode, dueAt);
        await NotifySupervisionAsync(null);
    }

    // Differentiated supervision follows the class and products (grains/Supervision). Awaited, unlike the town: the
    // supervision state is stored and not derived at start-up, so the dispatch checkpoint may pass this event only
    // once supervision has it. Supervision never calls an enterprise back, so the wait cannot deadlock.
    private Task NotifySupervisionAsync(EnterpriseEvent? evt)
    {
        if (!State.Registered) return Task.CompletedTask;
        return GrainFactory.GetGrain<ISupervisionGrain>(Uscc).EnterpriseUpdatedAsync(
            new SupervisedEnterprise(Uscc, State.Name, State.TownCode, State.Monitored, State.Class, [.. State.Products]), evt);
    }

    public Task<EnterpriseView?> GetAsync() => Task.FromResult(
        State.Registered
            ? new EnterpriseView(Uscc, State.Name, State.TownCode, State.Closed, [.. State.Products], State.LicenceNo,
                State.Class, [.. State.Reasons], State.ReviewAt, [.. State.History], State.Address,
                State.Facts.DatesOf(State.Reasons.SelectMany(r => r.EvidenceEventIds)))
            : null);

    private string Uscc => this.GetPrimaryKeyString();

    // The class history and the towns' trends are stamped with `changedAt`, the journal's time of the event or when a
    // fact aged out, not with the time this grain ran: a rebuild from the journal then gives the same history.
    private async Task ReclassifyAsync(string trigger, EnterpriseStatus before, string? townBefore, DateTimeOffset changedAt)
    {
        var now = time.GetUtcNow();
        State.Facts = State.Facts.Without(ClassificationRules.MonthsBefore(now, options.LongestWindowMonths));
        var result = Classifier.Classify(State.Facts, now, options);
        var previousClass = State.Class;
        var changed = result.Class != State.Class || !SameReasons(result.Reasons, State.Reasons) || State.History.Count == 0;
        State.Class = result.Class;
        State.Reasons = [.. result.Reasons];
        if (changed) Record(new ClassificationChange(changedAt, result.Class, result.Reasons, trigger));

        var after = State.StatusFor(Uscc);
        var moved = townBefore is not null && townBefore != State.TownCode;
        var notify = after.Monitored != before.Monitored || after.HighRisk != before.HighRisk || State.TownCode != townBefore;
        if (notify) State.NotificationVersion++;
        if (moved) State.LeftTownCode = townBefore;

        // The reminder is stored before the state: after a crash in between, an early reminder only
        // reclassifies again, whereas a missing one would leave an aged-out enterprise high-risk.
        await ScheduleReviewAsync(result.ReviewAt);
        await WriteStateAsync();

        if (!notify) return;
        var status = State.StatusFor(Uscc);
        if (moved) await TellLeftTownAsync(townBefore!, status, changedAt);
        await TellTownAsync(status, changedAt);
        if (previousClass != State.Class && State.TownCode is not null)
        {
            feed.Publish(new EnterpriseReclassified(
                Uscc, State.Name, State.TownCode, previousClass, State.Class, [.. State.Reasons.Select(r => r.Rule)], now));
        }
    }

    // Under the credit scheme the towns count credit classes, which the enterprise's SupervisionGrain reports.
    private Task TellTownAsync(EnterpriseStatus status, DateTimeOffset at) =>
        supervision.Scheme == ClassificationScheme.Jiaxing && State.TownCode is { } town
            ? GrainFactory.GetGrain<IRegionGrain>(town).EnterpriseChangedAsync(status, at)
            : Task.CompletedTask;

    private Task TellLeftTownAsync(string left, EnterpriseStatus status, DateTimeOffset at) =>
        supervision.Scheme == ClassificationScheme.Jiaxing
            ? GrainFactory.GetGrain<IRegionGrain>(left).EnterpriseChangedAsync(status with { Monitored = false }, at)
            : Task.CompletedTask;

    private async Task ScheduleReviewAsync(DateTimeOffset? reviewAt)
    {
        if (reviewAt == State.ReviewAt) return;
        if (reviewAt is { } due) await DueTimes.SetAsync(ReviewReminder, due);
        else await DueTimes.ClearAsync(ReviewReminder);
        State.ReviewAt = reviewAt;
    }

    private void Record(ClassificationChange change)
    {
        State.History.Add(change);
        if (State.History.Count > HistoryLimit) State.History.RemoveRange(0, State.History.Count - HistoryLimit);
    }

    private static bool SameReasons(IReadOnlyList<ClassReason> a, IReadOnlyList<ClassReason> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.Rule == p.Second.Rule && p.First.Until == p.Second.Until &&
            p.First.EvidenceEventIds.SequenceEqual(p.Second.EvidenceEventIds));
}
