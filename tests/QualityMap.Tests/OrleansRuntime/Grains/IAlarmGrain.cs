using Orleans;

namespace QualityMap.Tests.OrleansRuntime.Grains;

/// <summary>Uses an Orleans reminder as a one-shot due time, as the project's grains do.</summary>
public interface IAlarmGrain : IGrainWithStringKey, IRemindable
{
    public const string ReminderName = "due";

    /// <summary>Registers the reminder due <paramref name="dueIn"/> from the reminder clock's now.</summary>
    Task SetAsync(TimeSpan dueIn);

    Task<IReadOnlyList<string>> ListAsync();
}
