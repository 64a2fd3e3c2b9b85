using System.Collections.Concurrent;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <param name="Silo">The silo that delivered it (Grain.RuntimeIdentity).</param>
/// <param name="DueAt">The reminder's due time, as registered (UTC).</param>
/// <param name="DeliveredAt">The reminder clock's time at delivery (UTC).</param>
public sealed record AlarmDelivery(string Silo, DateTime DueAt, DateTime DeliveredAt);

/// <summary>Every reminder delivery per grain key; process-wide, as the silos share the test's process.</summary>
public static class AlarmDeliveries
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<AlarmDelivery>> _deliveries = new();

    public static void Record(string key, AlarmDelivery delivery) =>
        _deliveries.GetOrAdd(key, _ => new ConcurrentQueue<AlarmDelivery>()).Enqueue(delivery);

    public static IReadOnlyList<AlarmDelivery> Of(string key) =>
        _deliveries.TryGetValue(key, out var deliveries) ? deliveries.ToArray() : [];
}
