using Microsoft.Extensions.Logging;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// One grain in memory with its mailbox. Calls run strictly one at a time in arrival order; no thread is
/// parked while the mailbox is empty, so hundreds of thousands of idle activations cost only memory.
/// </summary>
internal sealed class Activation
{
    private enum Status { Created, Active, Deactivating, Deactivated }

    private readonly object _lock = new();
    private readonly Queue<WorkItem> _mailbox = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Activation? _predecessor;
    private readonly Action<Activation> _onActivated;
    private readonly Func<Activation, Task> _onDeactivated;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Status _status = Status.Created;
    private bool _running;
    private bool _deactivationRequested;

    public Activation(GrainId id, Grain grain, TimeProvider time, ILogger logger, Activation? predecessor, Action<Activation> onActivated, Func<Activation, Task> onDeactivated)
    {
        Id = id;
        Grain = grain;
        _time = time;
        _logger = logger;
        _predecessor = predecessor;
        _onActivated = onActivated;
        _onDeactivated = onDeactivated;
        LastActivity = time.GetUtcNow();
    }

    public GrainId Id { get; }

    public Grain Grain { get; }

    public DateTimeOffset LastActivity { get; private set; }

    /// <summary>True once <c>OnActivateAsync</c> succeeded; only such an activation is reported as leaving.</summary>
    public bool WasActivated { get; private set; }

    /// <summary>Completes once the activation has left memory; a caller refused by <see cref="TryEnqueue"/> waits for it.</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Queues a call; false when the activation is deactivating (the caller must use a new activation).</summary>
    public bool TryEnqueue(WorkItem item)
    {
        lock (_lock)
        {
            if (_status >= Status.Deactivating) return false;
            _mailbox.Enqueue(item);
            if (_running) return true;
            _running = true;
        }
        StartPump();
        return true;
    }

    /// <summary>Asks for deactivation after the calls already queued; used by the grain itself.</summary>
    public void RequestDeactivation() => _deactivationRequested = true;

    /// <summary>Deactivates once the calls already queued have run, busy or not (shutdown).</summary>
    public void Shutdown()
    {
        lock (_lock)
        {
            if (_status >= Status.Deactivating) return;
            _deactivationRequested = true;
            if (_running) return;
            _running = true;
        }
        StartPump();
    }

    /// <summary>Deactivates if nothing ran since <paramref name="idleSince"/> and nothing is queued.</summary>
    public bool TryCollect(DateTimeOffset idleSince)
    {
        lock (_lock)
        {
            if (_status != Status.Active || _running || _mailbox.Count > 0 || LastActivity > idleSince) return false;
            _deactivationRequested = true;
            _running = true;
        }
        StartPump();
        return true;
    }

    private void StartPump() => ThreadPool.UnsafeQueueUserWorkItem(static a => _ = a.PumpAsync(), this, preferLocal: false);

    private async Task PumpAsync()
    {
        if (_status == Status.Created)
        {
            // Never two activations of one grain at once: a successor waits until its predecessor has left.
            if (_predecessor is not null) await _predecessor.Deactivated;
            _predecessor = null;
            if (!await ActivateAsync()) return;
        }
        while (true)
        {
            WorkItem? item;
            lock (_lock)
            {
                if (!_mailbox.TryDequeue(out item))
                {
                    if (!_deactivationRequested)
                    {
                        _running = false;
                        return;
                    }
                    _status = Status.Deactivating;
                }
            }
            if (item is null)
            {
                await DeactivateAsync();
                return;
            }
            await item.RunAsync(Grain);
            LastActivity = _time.GetUtcNow();
        }
    }

    private async Task<bool> ActivateAsync()
    {
        try
        {
            await Grain.OnActivateAsync(CancellationToken.None);
            _status = Status.Active;
            WasActivated = true;
            _onActivated(this);
            return true;
        }
        catch (Exception exception)
        {
            // A grain that cannot load its state must not serve calls: fail them all and leave memory.
            List<WorkItem> failed;
            lock (_lock)
            {
                _status = Status.Deactivated;
                failed = [.. _mailbox];
                _mailbox.Clear();
            }
            _logger.LogError(exception, "Grain {GrainId} failed to activate", Id);
            var error = new GrainActivationException(Id, exception);
            foreach (var item in failed) item.Fail(error);
            await _onDeactivated(this);
            _deactivated.TrySetResult();
            return false;
        }
    }

    private async Task DeactivateAsync()
    {
        try
        {
            await Grain.OnDeactivateAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Deactivation goes ahead regardless: state is written on every change, not here.
            _logger.LogWarning(exception, "Grain {GrainId} failed in OnDeactivateAsync", Id);
        }
        finally
        {
            _status = Status.Deactivated;
            await _onDeactivated(this);
            _deactivated.TrySetResult();
        }
    }
}
