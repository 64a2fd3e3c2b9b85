namespace QualityMap.Silo.Storage;

/// <summary>A durable wake-up: grain (type, key) reminder <paramref name="Name"/> is due at <paramref name="DueAt"/> (stored as a UTC instant).</summary>
public sealed record ReminderEntry(string GrainType, string Key, string Name, DateTimeOffset DueAt);
