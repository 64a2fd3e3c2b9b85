namespace QualityMap.Tests.EndToEnd;

/// <summary>
/// A test class with its own silo on a fresh data directory and a manual clock: the host starts before each test and
/// is disposed, with its directory, after it. <see cref="RestartAsync"/> starts a new host over the same directory.
/// </summary>
public abstract class SiloTest(DateTimeOffset? start = null, Dictionary<string, string?>? settings = null, int? kestrelPort = null)
    : IAsyncLifetime
{
    protected TempDirectory Data { get; } = new();

    protected ManualTimeProvider Clock { get; } = start is { } at ? new(at) : new();

    protected SiloHost Host { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Host = NewHost();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops the host and starts another over the same data directory and clock; <paramref name="whileStopped"/> runs
    /// in between (say, time passing while no silo runs).
    /// </summary>
    protected async Task RestartAsync(Action? whileStopped = null)
    {
        await Host.DisposeAsync();
        whileStopped?.Invoke();
        Host = NewHost();
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Data.Dispose();
    }

    private SiloHost NewHost() => new(Data.FullName, Clock, settings, kestrelPort);
}
