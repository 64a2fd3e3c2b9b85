using System.Collections.Concurrent;

namespace QualityMap.Tests.Runtime;

/// <summary>
/// What the test grains report to the test and wait on: counters, a timeline, named gates and reminder
/// deliveries. One per <see cref="RuntimeHarness"/> (injected into grains), so tests running in parallel never share it.
/// </summary>
public sealed class GrainProbe
{
    /// <summary>Longest a grain waits on a gate; a bug then fails the call instead of hanging the test.</summary>
    public static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, int> _counters = new();
    private readonly ConcurrentQueue<string> _timeline = new();
    private readonly ConcurrentQueue<ReminderDelivery> _deliveries = new();

    public IReadOnlyList<string> Timeline => [.. _timeline];

    public IReadOnlyList<ReminderDelivery> Deliveries => [.. _deliveries];

    public int Increment(string counter) => _counters.AddOrUpdate(counter, 1, (_, n) => n + 1);

    public int Count(string counter) => _counters.GetValueOrDefault(counter);

    public void Record(string entry) => _timeline.Enqueue(entry);

    public void RecordDelivery(ReminderDelivery delivery) => _deliveries.Enqueue(delivery);

    /// <summary>Opens the gate <paramref name="name"/>; whoever waits on it (now or later) goes on.</summary>
    public void Open(string name) => Gate(name).TrySetResult();

    public bool IsOpen(string name) => Gate(name).Task.IsCompleted;

    public Task WaitAsync(string name) => Gate(name).Task.WaitAsync(GateTimeout);

    /// <summary>Arrives at <paramref name="rendezvous"/> and waits until <paramref name="parties"/> callers have.</summary>
    public Task ArriveAndWaitAsync(string rendezvous, int parties)
    {
        if (Increment(rendezvous) == parties) Open(rendezvous);
        return Gate(rendezvous).Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private TaskCompletionSource Gate(string name) =>
        _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
