namespace QualityMap.Silo.Runtime;

/// <summary>A reminder in the in-memory schedule; the durable copy lives in the reminder store.</summary>
internal sealed record ScheduledReminder(GrainId Grain, string Name, DateTimeOffset DueAt);
