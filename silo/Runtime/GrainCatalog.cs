using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// The activations in memory. A call finds (or creates) the activation of its grain and queues itself on
/// that activation's mailbox; a call that meets a deactivating activation waits for it to leave and then
/// creates a fresh one, which reloads the state from storage.
/// </summary>
public sealed class GrainCatalog(
    IServiceProvider services,
    IGrainStateStore stateStore,
    StateWriteBehind writeBehind,
    TimeProvider time,
    ILoggerFactory loggerFactory)
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly ILogger _logger = loggerFactory.CreateLogger<GrainCatalog>();

    // Resolved on first use: the factory and the reminder service both depend on the catalog.
    private IGrainFactory GrainFactory => field ??= services.GetRequiredService<IGrainFactory>();

    private ReminderService Reminders => field ??= services.GetRequiredService<ReminderService>();

    /// <summary>Raised when an activation is created or leaves memory (for metrics).</summary>
    public event Action<GrainClass, bool>? ActivationChanged;

    public int Count => _activations.Count;

    /// <summary>Runs <paramref name="call"/> on the grain's turn and returns its result.</summary>
    public Task<TResult> CallAsync<TResult>(GrainId id, Func<Grain, Task<TResult>> call)
    {
        var item = new WorkItem<TResult>(call);
        Enqueue(id, item);
        return item.Completion;
    }

    /// <summary>Queues <paramref name="call"/> on the grain's turn; the returned task completes when it ran.</summary>
    public Task CallAsync(GrainId id, Func<Grain, Task> call) => CallAsync(id, async grain =>
    {
        await call(grain);
        return true;
    });

    /// <summary>Deactivates every activation idle since <paramref name="idleSince"/>, except keep-alive classes.</summary>
    public int CollectIdle(DateTimeOffset idleSince) =>
        _activations.Values.Count(a => !a.Id.Class.KeepAlive && a.TryCollect(idleSince));

    /// <summary>Deactivates every activation once its queued calls have run (shutdown, tests).</summary>
    public async Task DeactivateAllAsync()
    {
        while (!_activations.IsEmpty)
        {
            foreach (var activation in _activations.Values) activation.Shutdown();
            await Task.WhenAll(_activations.Values.Select(a => a.Deactivated)).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    // Synchronous on purpose: calls made in order by one caller are queued in that order, even when the
    // activation is leaving memory (then a successor takes the calls and starts once its predecessor is gone).
    private void Enqueue(GrainId id, WorkItem item)
    {
        while (true)
        {
            var activation = _activations.GetOrAdd(id, Create);
            if (activation.TryEnqueue(item)) return;
            var successor = Create(id, predecessor: activation);
            if (_activations.TryUpdate(id, successor, activation) && successor.TryEnqueue(item)) return;
        }
    }

    internal void ReportOneWayFailure(AggregateException exception) =>
        _logger.LogError(exception.InnerException ?? exception, "A one-way grain call failed");

    private Activation Create(GrainId id) => Create(id, predecessor: null);

    private Activation Create(GrainId id, Activation? predecessor)
    {
        // Creation has no side effects until the first call is queued: GetOrAdd may build and drop spares.
        var grain = (Grain)ActivatorUtilities.CreateInstance(services, id.Class.Type);
        var context = new GrainContext(id, GrainFactory, time, stateStore, writeBehind, Reminders);
        grain.Attach(context);
        var activation = new Activation(id, grain, time, _logger, predecessor, OnActivated, OnDeactivatedAsync);
        context.Activation = activation;
        return activation;
    }

    private void OnActivated(Activation activation) => ActivationChanged?.Invoke(activation.Id.Class, true);

    private Task OnDeactivatedAsync(Activation activation)
    {
        // The slot may already belong to a successor; the activation left memory all the same.
        _activations.TryRemove(KeyValuePair.Create(activation.Id, activation));
        if (activation.WasActivated) ActivationChanged?.Invoke(activation.Id.Class, false);
        return Task.CompletedTask;
    }
}
