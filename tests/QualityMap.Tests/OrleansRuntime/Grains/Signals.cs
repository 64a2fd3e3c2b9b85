using System.Collections.Concurrent;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <summary>
/// Process-wide gates and counters the test grains report to: the silos of a test share the process with it.
/// Every name includes a key that is unique to its test, so tests running in parallel never meet here.
/// </summary>
public static class Signals
{
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(20);
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private static readonly ConcurrentDictionary<string, int> _counters = new();

    private static TaskCompletionSource Gate(string name) =>
        _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public static void Open(string name) => Gate(name).TrySetResult();

    public static bool IsOpen(string name) => Gate(name).Task.IsCompleted;

    /// <summary>Waits for <see cref="Open"/>; a generous timeout turns a deadlock into a failing call.</summary>
    public static Task WaitAsync(string name) => Gate(name).Task.WaitAsync(GateTimeout);

    public static int Increment(string name) => _counters.AddOrUpdate(name, 1, (_, n) => n + 1);

    public static int Count(string name) => _counters.TryGetValue(name, out var n) ? n : 0;
}
