using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// Stores the state of <c>[WriteBehind]</c> grain classes behind the answer. A write is queued and the grain's turn
/// goes on; one loop stores whatever is queued in a few large transactions, and a grain written again before its
/// state was stored only has its latest state stored (the version jumps by the number of writes coalesced, checked
/// against the version last stored as for any write). <see cref="FlushAsync"/> is the barrier the dispatcher passes
/// before it stores a checkpoint: everything queued before the call is durable when it completes. Reads of a grain
/// whose state is queued or being stored see that state, so a successor activation never loads an older one.
/// </summary>
public sealed class StateWriteBehind : IAsyncDisposable
{
    private readonly IGrainStateStore _store;
    private readonly GrainRuntimeOptions _options;
    private readonly ILogger _logger;
    private readonly object _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private Dictionary<GrainId, PendingState> _queued = [];
    private Dictionary<GrainId, PendingState> _storing = [];
    private TaskCompletionSource _nextFlush = NewFlush();
    private TaskCompletionSource _currentFlush = NewFlush();
    private TaskCompletionSource _wake = NewFlush();
    private Exception? _fault;
    private long _stored;
    private long _coalesced;

    public StateWriteBehind(IGrainStateStore store, IOptions<GrainRuntimeOptions> options, ILogger<StateWriteBehind> logger)
    {
        _store = store;
        _options = options.Value;
        _logger = logger;
        // The loop must not inherit the request context of whatever first resolved this service (a grain turn).
        using (ExecutionContext.SuppressFlow()) _loop = Task.Run(RunAsync);
    }

    /// <summary>False when <c>Grains:WriteBehind</c> is off: every grain then writes before it answers.</summary>
    public bool Enabled => _options.WriteBehind;

    /// <summary>States stored so far, and writes that never reached the database because a later one replaced them.</summary>
    public (long Stored, long Coalesced) Counts => (Interlocked.Read(ref _stored), Interlocked.Read(ref _coalesced));

    /// <summary>
    /// Queues a state; returns the new version at once, or after the next flush while
    /// <see cref="GrainRuntimeOptions.WriteBehindMaxQueued"/> states are queued (so a stalled database pushes back).
    /// </summary>
    public async Task<long> WriteAsync(GrainId id, string payload, long expectedVersion)
    {
        Task? full = null;
        lock (_lock)
        {
            if (_queued.TryGetValue(id, out var queued))
            {
                // Only this grain's one activation writes it, in turn: a different version is a runtime bug.
                if (queued.Version != expectedVersion) throw new InconsistentStateException(id.Class.Name, id.Key, queued.Version, expectedVersion);
                _queued[id] = queued with { Payload = payload, Version = expectedVersion + 1 };
                Interlocked.Increment(ref _coalesced);
            }
            else
            {
                _queued[id] = new PendingState(payload, expectedVersion, expectedVersion + 1);
            }
            if (_queued.Count >= _options.WriteBehindMaxQueued) full = _nextFlush.Task;
            _wake.TrySetResult();
        }
        // A failed flush is the checkpoint's concern (FlushAsync), not this writer's: its state is queued.
        if (full is not null) await full.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return expectedVersion + 1;
    }

    /// <summary>The queued (or being stored) state of a grain with its version, or null when storage has the latest.</summary>
    public (string Payload, long Version)? Find(GrainId id)
    {
        lock (_lock)
        {
            if (_queued.TryGetValue(id, out var queued)) return (queued.Payload, queued.Version);
            if (_storing.TryGetValue(id, out var storing)) return (storing.Payload, storing.Version);
            return null;
        }
    }

    /// <summary>
    /// Completes once every state queued before the call is durable. Throws when a state could not be stored (a
    /// version conflict, which only a bug or a second writer causes): nothing may then count as stored.
    /// </summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Task flush;
        lock (_lock)
        {
            if (_fault is not null) return Task.FromException(new InvalidOperationException("A write-behind grain state could not be stored.", _fault));
            if (_queued.Count > 0)
            {
                flush = _nextFlush.Task;
                _wake.TrySetResult();
            }
            else if (_storing.Count > 0) flush = _currentFlush.Task;
            else return Task.CompletedTask;
        }
        return flush.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // What is lost here is replayed from the journal at the next start: the checkpoint never passed it.
            _logger.LogWarning(exception, "Write-behind grain states were not all stored at shutdown");
        }
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Task wake;
            lock (_lock) wake = _wake.Task;
            try
            {
                await wake.WaitAsync(_stopping.Token).ConfigureAwait(false);
                // A short pause lets a burst coalesce into one flush; a barrier's wake-up does not wait for it.
                if (_options.WriteBehindDelay > TimeSpan.Zero && !FlushRequested())
                    await Task.Delay(_options.WriteBehindDelay, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await FlushQueuedAsync().ConfigureAwait(false);
        }
    }

    private bool FlushRequested()
    {
        lock (_lock) return _nextFlush.Task.IsCompleted || _queued.Count >= _options.WriteBehindMaxQueued / 2;
    }

    private async Task FlushQueuedAsync()
    {
        TaskCompletionSource flush;
        lock (_lock)
        {
            _wake = NewFlush();
            if (_queued.Count == 0) return;
            (_storing, _queued) = (_queued, []);
            flush = _currentFlush = _nextFlush;
            _nextFlush = NewFlush();
        }
        var writes = _storing.Select(p => new GrainStateWrite(p.Key.Class.Name, p.Key.Key, p.Value.Payload, p.Value.StoredVersion, p.Value.Version)).ToList();
        try
        {
            await Task.WhenAll(writes.Chunk(_options.WriteBehindChunk).Select(StoreAsync)).ConfigureAwait(false);
            Interlocked.Add(ref _stored, writes.Count);
        }
        catch (Exception exception)
        {
            lock (_lock) _fault ??= exception;
            _logger.LogCritical(exception, "Write-behind grain states could not be stored; the dispatch checkpoint stops here until a restart replays the journal");
        }
        lock (_lock) _storing = [];
        if (_fault is { } fault) flush.TrySetException(fault);
        else flush.TrySetResult();
    }

    // A chunk is one transaction; an outage is waited out (the states stay readable meanwhile), and a chunk that
    // conflicts is stored state by state so that only the conflicting grain is lost and named.
    private async Task StoreAsync(GrainStateWrite[] chunk)
    {
        try
        {
            await StorageRetry.RunAsync(() => WriteManyAsync(chunk)).ConfigureAwait(false);
        }
        catch (InconsistentStateException) when (chunk.Length > 1)
        {
            Exception? first = null;
            foreach (var write in chunk)
            {
                try
                {
                    await StorageRetry.RunAsync(() => WriteManyAsync([write])).ConfigureAwait(false);
                }
                catch (InconsistentStateException conflict)
                {
                    if (await LandedAsync(write).ConfigureAwait(false)) continue;
                    _logger.LogError(conflict, "Write-behind state of {Type}/{Key} conflicts with the stored one", write.GrainType, write.Key);
                    first ??= conflict;
                }
            }
            if (first is not null) throw first;
        }
    }

    // A chunk whose COMMIT reached the database although the connection dropped before its answer is retried
    // and then conflicts with itself: the stored state is then exactly ours.
    private async Task<bool> LandedAsync(GrainStateWrite write)
    {
        var stored = await StorageRetry.RunAsync(() => _store.ReadAsync(write.GrainType, write.Key)).ConfigureAwait(false);
        return stored is not null && stored.Version == write.NewVersion && stored.Payload == write.Payload;
    }

    private async Task<bool> WriteManyAsync(IReadOnlyList<GrainStateWrite> writes)
    {
        await _store.WriteManyAsync(writes).ConfigureAwait(false);
        return true;
    }

    private static TaskCompletionSource NewFlush() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A grain's latest queued state; <see cref="StoredVersion"/> is the version storage has (or will have).</summary>
    private sealed record PendingState(string Payload, long StoredVersion, long Version);
}
