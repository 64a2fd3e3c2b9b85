namespace QualityMap.Tests.Storage;

/// <summary>
/// A clock the storage tests set to any instant, backwards too (the shared <see cref="ManualTimeProvider"/>
/// only moves forward and drives timers, which storage does not use).
/// </summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
