using System.Collections.Concurrent;

namespace QualityMap.Tests.OrleansProviders;

/// <summary>
/// Which silo delivered each reminder tick, per grain key. Process-wide because the silos of a test share the
/// process; each test uses its own grain keys.
/// </summary>
public static class ReminderTicks
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _ticks = new();

    public static void Record(string grainKey, string siloIdentity) =>
        _ticks.GetOrAdd(grainKey, _ => new ConcurrentQueue<string>()).Enqueue(siloIdentity);

    public static IReadOnlyList<string> Of(string grainKey) =>
        _ticks.TryGetValue(grainKey, out var ticks) ? ticks.ToArray() : [];
}
