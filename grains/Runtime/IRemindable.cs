namespace QualityMap.Grains.Runtime;

/// <summary>A grain that registers durable reminders implements this to be woken when one is due.</summary>
public interface IRemindable : IGrainWithStringKey
{
    /// <summary>Called on the grain's own turn when the reminder <paramref name="reminderName"/> is due.</summary>
    Task ReceiveReminderAsync(string reminderName, DateTimeOffset dueAt);
}
