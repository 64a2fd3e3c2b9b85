using Microsoft.Extensions.DependencyInjection;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Durability;

/// <summary>
/// A checkpoint that could not be stored while the database was away is stored once it is back. (It once stayed
/// where it was for good: the dispatcher kept the faulted checkpoint task and re-threw its fault on every later tick,
/// found by the PostgreSQL outage test under load, where the first checkpoint fell into the outage.)
/// </summary>
public sealed class CheckpointFaultTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ACheckpointThatFailedWhileTheDatabaseWasAwayIsStoredOnceItIsBack()
    {
        var away = new AwayCheckpoints(failures: 2);
        await using var host = new SiloHost(_data.FullName, _clock, services: s => away.Install(s));
        (await host.PostEventsAsync(Registered(Uscc(9101, "330402"), "330402007", _clock.GetUtcNow().AddDays(-1)),
            Registered(Uscc(9102, "330411"), "330411002", _clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await host.Service<JournalDispatcher>().WaitUntilAppliedAsync();
        var end = await host.JournalLengthAsync();

        // Each tick of the checkpoint timer (Dispatch:CheckpointInterval, on the injected clock) tries once.
        await SiloHost.EventuallyAsync(async () =>
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
            return await away.Inner.ReadAsync(JournalDispatcher.CheckpointName) >= end;
        });

        Assert.Equal(2, away.Refused);
        Assert.Equal(end, await host.Service<ICheckpointStore>().ReadAsync(JournalDispatcher.CheckpointName));
    }

    /// <summary>The silo's checkpoint store, refusing its first writes as a database that is away would.</summary>
    private sealed class AwayCheckpoints(int failures) : ICheckpointStore
    {
        private int _attempts;
        private int _refused;

        public ICheckpointStore Inner { get; private set; } = null!;

        public int Refused => Volatile.Read(ref _refused);

        public void Install(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(ICheckpointStore));
            services.Remove(original);
            services.AddSingleton<ICheckpointStore>(sp =>
            {
                Inner = (ICheckpointStore)original.ImplementationFactory!(sp);
                return this;
            });
        }

        public Task<long> ReadAsync(string name, CancellationToken ct = default) => Inner.ReadAsync(name, ct);

        public Task WriteAsync(string name, long seq, CancellationToken ct = default)
        {
            if (Interlocked.Increment(ref _attempts) > failures) return Inner.WriteAsync(name, seq, ct);
            Interlocked.Increment(ref _refused);
            return Task.FromException(new StorageUnavailableException(new IOException("the database is away")));
        }
    }
}
