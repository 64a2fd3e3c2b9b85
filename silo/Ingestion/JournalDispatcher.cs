using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Epcis;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Metrics;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// Hands every journaled event to its enterprise grain, strictly in journal order. At start it replays the
/// journal after the checkpoint; then it follows new commits. Different enterprises work in parallel, but an
/// enterprise's next event is sent only once its previous one was applied: Orleans does not promise that two
/// calls to one grain arrive in the order they were sent, and a grain skips an event older than its last one.
/// The checkpoint only moves past events whose application finished: the enterprise answers once its own state and
/// its supervision grain's state are stored, so a crash replays the rest (grains skip what they already applied).
/// Every silo has one, and it runs only in the silo that hosts the cluster's <see cref="IJournalDispatchGrain"/>;
/// the others pass their commits on to that grain.
/// </summary>
public sealed class JournalDispatcher(
    IJournal journal,
    ICheckpointStore checkpoints,
    IGrainFactory grains,
    ITraceIndex traceIndex,
    TimeProvider time,
    IOptions<DispatchOptions> options,
    JournalMetrics metrics,
    ILogger<JournalDispatcher> logger) : BackgroundService
{
    public const string CheckpointName = "dispatch";

    // Carries the highest committed seq from the ingestion side, or 0 as a bare wake-up after an application.
    private readonly Channel<long> _signals = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<(long Seq, string Target, Task Applied)> _inFlight = new();
    private long _dispatched;
    private long _completed;
    private long _checkpointed;
    private long _highestKnown;
    private long? _firstFailed;
    private TaskCompletionSource _progress = NewProgress();
    private CancellationToken _stopping;
    // The latest application handed out per target grain, so the next one for the same grain waits for it.
    private readonly Dictionary<string, Task> _lastByTarget = new(StringComparer.Ordinal);
    private Task _checkpointing = Task.CompletedTask;

    /// <summary>The journal sequence up to which every event has been handled.</summary>
    public long AppliedThrough => Interlocked.Read(ref _completed);

    /// <summary>The highest journal sequence the dispatcher knows to be committed.</summary>
    public long CommittedThrough => Interlocked.Read(ref _highestKnown);

    /// <summary>True while this silo runs the cluster's dispatch loop.</summary>
    public bool IsRunning => ExecuteTask is { IsCompleted: false };

    /// <summary>Tells the cluster's dispatcher, here or on another silo, that these records are committed.</summary>
    public void Notify(IReadOnlyList<JournalRecord> committed)
    {
        if (committed.Count == 0) return;
        var highest = committed.Max(r => r.Seq);
        if (IsRunning) Signal(highest);
        // One-way: the commit is durable already, and a lost signal costs at most the dispatcher's poll interval.
        else _ = grains.GetGrain<IJournalDispatchGrain>(IJournalDispatchGrain.Key).CommittedAsync(highest);
    }

    /// <summary>Records up to <paramref name="seq"/> are committed (told by the dispatch grain for another silo).</summary>
    public void Signal(long seq) => _signals.Writer.TryWrite(seq);

    /// <summary>Completes when every event committed before the call has been applied, wherever the dispatcher runs (tests, tools).</summary>
    public async Task WaitUntilAppliedAsync(CancellationToken cancellationToken = default)
    {
        var target = await journal.LastSeqAsync(cancellationToken);
        while (!IsRunning)
        {
            if ((await grains.GetGrain<IJournalDispatchGrain>(IJournalDispatchGrain.Key).GetProgressAsync()).AppliedThrough >= target) return;
            await Task.Delay(RemotePollInterval, cancellationToken);
        }
        while (true)
        {
            var progress = _progress.Task;
            if (AppliedThrough >= target) return;
            await progress.WaitAsync(cancellationToken);
        }
    }

    private static readonly TimeSpan RemotePollInterval = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A silo may host the loop more than once (the grain left and came back): nothing of a previous run carries over.
        _inFlight.Clear();
        _lastByTarget.Clear();
        _firstFailed = null;
        _checkpointing = Task.CompletedTask;
        _stopping = stoppingToken;
        _dispatched = _completed = _checkpointed = await checkpoints.ReadAsync(CheckpointName, stoppingToken);
        Interlocked.Exchange(ref _progress, NewProgress()).TrySetResult();   // waiters compare against the checkpoint now
        _highestKnown = await journal.LastSeqAsync(stoppingToken);
        logger.LogInformation("Dispatch resumes after journal seq {Checkpoint}; the journal ends at {Last}", _dispatched, _highestKnown);
        using var checkpointTimer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        var tick = checkpointTimer.WaitForNextTickAsync(stoppingToken).AsTask();
        // Real time, not the service clock: the backstop for commits whose signal never came must run in tests too.
        var poll = Task.Delay(options.Value.PollInterval, TimeProvider.System, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (_highestKnown > _dispatched) await DispatchThroughAsync(_highestKnown, stoppingToken);
                    Reap();
                    var signal = _signals.Reader.WaitToReadAsync(stoppingToken).AsTask();
                    var woken = await Task.WhenAny(signal, tick, poll);
                    if (woken == poll)
                    {
                        await poll;
                        poll = Task.Delay(options.Value.PollInterval, TimeProvider.System, stoppingToken);
                        _highestKnown = Math.Max(_highestKnown, await journal.LastSeqAsync(stoppingToken));
                    }
                    if (woken == tick)
                    {
                        await tick;
                        tick = checkpointTimer.WaitForNextTickAsync(stoppingToken).AsTask();
                        // The barrier may take a while under load; dispatching goes on meanwhile.
                        if (_checkpointing.IsCompleted)
                        {
                            // Surfaces a storage fault of the previous one here, once: kept, the faulted task would
                            // fault every later tick too, and the checkpoint would never move again after the
                            // database came back (the next start would replay everything since).
                            var previous = _checkpointing;
                            _checkpointing = Task.CompletedTask;
                            await previous;
                            _checkpointing = CheckpointAsync(stoppingToken);
                        }
                    }
                    while (_signals.Reader.TryRead(out var seq)) _highestKnown = Math.Max(_highestKnown, seq);
                }
                catch (StorageUnavailableException exception)
                {
                    // The database is away (reading the journal or storing the checkpoint): wait and go on where
                    // we were; the service recovers without a restart.
                    logger.LogWarning(exception, "Dispatch paused: storage unavailable");
                    await Task.Delay(StorageRetryDelay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(_inFlight.Select(f => f.Applied)).ContinueWith(static _ => { }, TaskScheduler.Default);
        Reap();
        await _checkpointing.ContinueWith(static _ => { }, TaskScheduler.Default);
        await CheckpointAsync(CancellationToken.None);
    }

    // Reads from the journal rather than trusting the order notifications arrive in: concurrent requests may
    // report their commits out of order, but the journal's sequence is the order.
    private async Task DispatchThroughAsync(long through, CancellationToken cancellationToken)
    {
        await foreach (var record in journal.ReadAfterAsync(_dispatched, cancellationToken))
        {
            if (record.Seq > through) break;
            while (_inFlight.Count >= options.Value.MaxInFlight)
            {
                await Task.WhenAny(_inFlight.Peek().Applied);
                Reap();
            }
            var target = TargetOf(record);
            var previous = _lastByTarget.GetValueOrDefault(target, Task.CompletedTask);
            var applied = ApplyAfterAsync(previous, record);
            // Wakes the loop to reap it. A continuation, not a last statement of ApplyAsync: that would run before
            // the task is complete, the loop would find it still running, and then wait for a signal that never came.
            _ = applied.ContinueWith(static (_, writer) => ((ChannelWriter<long>)writer!).TryWrite(0), _signals.Writer, TaskScheduler.Default);
            _lastByTarget[target] = applied;
            _inFlight.Enqueue((record.Seq, target, applied));
            _dispatched = record.Seq;
        }
    }

    private async Task ApplyAfterAsync(Task previous, JournalRecord record)
    {
        // The previous event's outcome is reported by its own task; this one only waits its turn.
        await previous.ContinueWith(static _ => { }, TaskScheduler.Default);
        await ApplyAsync(record);
    }

    private async Task ApplyAsync(JournalRecord record)
    {
        var apply = ApplierOf(record);
        metrics.FlowCommitTime(record.Seq);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await apply();
                return;
            }
            catch (Exception exception) when (IsStorageFault(exception) && !_stopping.IsCancellationRequested)
            {
                // Not the event's fault: keep it (and, through the in-flight window, the checkpoint) until the
                // database is back, instead of leaving it for the next start.
                logger.LogWarning("Applying journal seq {Seq} waits for storage: {Error}", record.Seq, exception.Message);
                await Task.Delay(StorageRetryDelay, _stopping).ContinueWith(static _ => { }, TaskScheduler.Default);
                attempt = 0;
            }
            catch (Exception exception) when (attempt < options.Value.MaxAttempts)
            {
                logger.LogWarning(exception, "Applying journal seq {Seq} failed (attempt {Attempt}); retrying", record.Seq, attempt);
            }
        }
    }

    // Enterprise events go to their enterprise; warning workflow steps (and catalogue changes and task results),
    // which their grain journaled and applied already, go back to it so that a step whose state write was lost in a crash is applied after the restart.
    // The grain a record goes to (see ApplierOf): records of one grain are applied one after the other, records of
    // different grains in parallel. A task result goes to the supervision grain straight away, as the live grain
    // applied it, not behind its enterprise's events.
    private static string TargetOf(JournalRecord record) => record.Kind switch
    {
        Supervision.SupervisionJournal.TaskResultKind => "supervision/" + record.Subject,
        Supervision.SupervisionJournal.CatalogueChangeKind => "catalogue/" + record.Subject,
        WarningStepJournal.Kind => "warning/" + record.Subject,
        Trace.EpcisJournal.Kind => "trade/" + record.Subject,
        _ => "enterprise/" + record.Subject,
    };

    private Func<Task> ApplierOf(JournalRecord record)
    {
        if (Supervision.SupervisionJournal.ApplierOf(record, grains) is { } supervision) return supervision;
        if (record.Kind == WarningStepJournal.Kind)
        {
            var step = WarningStepSerializer.Deserialize(record.Payload);
            return () => grains.GetGrain<IWarningGrain>(record.Subject).ReplayAsync(record.Seq, step);
        }
        if (record.Kind == Trace.EpcisJournal.Kind)
        {
            using var captured = System.Text.Json.JsonDocument.Parse(record.Payload);
            var lines = CaptureReader.FlowOf(captured.RootElement);
            return () => traceIndex.RecordAsync(record.Seq, record.OccurredAt, lines);
        }
        var journaled = new JournaledEvent(record.Seq, EventSerializer.Deserialize(record.Payload), record.ReceivedAt);
        return () => grains.GetGrain<IEnterpriseGrain>(record.Subject).ApplyAsync(journaled);
    }

    private void Reap()
    {
        var advanced = false;
        while (_inFlight.TryPeek(out var head) && head.Applied.IsCompleted)
        {
            _inFlight.Dequeue();
            // A finished application that is still its subject's latest leaves the map, which stays as small as the window.
            if (_lastByTarget.TryGetValue(head.Target, out var last) && ReferenceEquals(last, head.Applied)) _lastByTarget.Remove(head.Target);
            if (head.Applied.IsFaulted)
            {
                // Not applied: the checkpoint stays before it, so the next start replays it.
                logger.LogError(head.Applied.Exception, "Journal seq {Seq} could not be applied; it will be replayed at the next start", head.Seq);
                _firstFailed ??= head.Seq;
            }
            Interlocked.Exchange(ref _completed, head.Seq);
            advanced = true;
        }
        if (advanced) Interlocked.Exchange(ref _progress, NewProgress()).TrySetResult();
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        var safe = _firstFailed is { } failed ? Math.Min(AppliedThrough, failed - 1) : AppliedThrough;
        if (safe <= _checkpointed) return;
        await checkpoints.WriteAsync(CheckpointName, safe, cancellationToken);
        _checkpointed = safe;
    }

    private static readonly TimeSpan StorageRetryDelay = TimeSpan.FromSeconds(1);

    private static bool IsStorageFault(Exception exception) =>
        exception is StorageUnavailableException || (exception.InnerException is { } inner && IsStorageFault(inner));

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
