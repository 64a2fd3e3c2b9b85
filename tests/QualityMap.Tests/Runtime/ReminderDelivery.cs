namespace QualityMap.Tests.Runtime;

/// <summary>One call of <c>ReceiveReminderAsync</c> as a test grain saw it, with the clock's time and the activation that ran it.</summary>
public sealed record ReminderDelivery(string Key, string Name, DateTimeOffset DueAt, DateTimeOffset DeliveredAt, int Activation);
