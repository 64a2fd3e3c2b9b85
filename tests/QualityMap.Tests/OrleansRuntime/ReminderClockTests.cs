using Orleans;
using Orleans.Runtime;
using QualityMap.Tests.OrleansProviders;
using QualityMap.Tests.OrleansRuntime.Grains;
using QualityMap.Tests.Storage;
using QualityMap.Silo.Cluster;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>
/// Reminders as one-shot due times on a manual clock (Orleans' ADO.NET reminder table from the project's
/// migration), on each dialect.
/// </summary>
public abstract class ReminderClockTests : IAsyncLifetime
{
    // Within ReminderOptions.ReminderLoadingWindow (10 minutes by default), so a silo holds the reminder in
    // memory, with its wait armed on the reminder clock, from registration or from its start-up read.
    private static readonly TimeSpan DueIn = TimeSpan.FromMinutes(5);

    private StorageTarget _target = null!;

    protected OrleansDatabase Database { get; private set; } = null!;

    protected ManualTimeProvider Clock { get; } = new();

    protected string ClusterId { get; } = $"c{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        await using (var storage = _target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        Database = OrleansDatabase.For(_target.Options);
    }

    public async Task DisposeAsync() => await _target.DisposeAsync();

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task AReminderIsDeliveredOnceTheManualClockPassesItsDueTimeAndNotBefore()
    {
        var key = SiloFixture.NewKey("alarm");
        await using var silo = await TestSilo.StartAsync(Database, ClusterId, clock: Clock);
        var grain = silo.Grains.GetGrain<IAlarmGrain>(key);
        using var watch = new ReminderWatch(grain.GetGrainId());
        var due = Clock.GetUtcNow() + DueIn;

        await grain.SetAsync(DueIn);
        await watch.ArmedAsync();
        Clock.Advance(DueIn - TimeSpan.FromSeconds(1));
        // A short settle for a negative: a reminder on the system clock, or one fired early, would show here.
        await Task.Delay(300);
        Assert.Empty(AlarmDeliveries.Of(key));

        Clock.Advance(TimeSpan.FromSeconds(2));
        await Poll.UntilAsync(() => AlarmDeliveries.Of(key).Count == 1, "the reminder is delivered");
        var delivery = AlarmDeliveries.Of(key)[0];
        Assert.Equal(due.UtcDateTime, delivery.DueAt);
        Assert.True(delivery.DeliveredAt >= due.UtcDateTime);

        // One-shot: the grain unregistered it on delivery, so its period never comes round.
        await Poll.UntilAsync(async () => await RowsAsync() == 0, "the delivered reminder's row is deleted");
        Assert.Empty(await grain.ListAsync());
        Clock.Advance(AlarmGrain.Period * 3);
        await Task.Delay(300);
        Assert.Single(AlarmDeliveries.Of(key));
    }

    [Fact]
    public async Task AReminderSurvivesASiloRestartAndIsDeliveredByTheNewSilo()
    {
        var key = SiloFixture.NewKey("durable");
        GrainId grainId;
        string firstSilo;
        await using (var silo = await TestSilo.StartAsync(Database, ClusterId, clock: Clock))
        {
            var grain = silo.Grains.GetGrain<IAlarmGrain>(key);
            grainId = grain.GetGrainId();
            await grain.SetAsync(DueIn);
            firstSilo = silo.Identity;
        }

        Assert.Equal(1, await RowsAsync());
        using var watch = new ReminderWatch(grainId);
        await using (var silo = await TestSilo.StartAsync(Database, ClusterId, clock: Clock))
        {
            // Nobody calls the grain: the new silo's start-up read of the table arms the reminder.
            await watch.ArmedAsync();
            Clock.Advance(DueIn + TimeSpan.FromSeconds(1));

            await Poll.UntilAsync(() => AlarmDeliveries.Of(key).Count == 1, "the reminder is delivered after the restart");
            Assert.Equal(silo.Identity, AlarmDeliveries.Of(key)[0].Silo);
            Assert.NotEqual(firstSilo, silo.Identity);
            await Poll.UntilAsync(async () => await RowsAsync() == 0, "the delivered reminder's row is deleted");
        }
    }

    protected async Task<long> RowsAsync() =>
        Convert.ToInt64(await _target.ScalarAsync("SELECT COUNT(*) FROM OrleansRemindersTable;"));
}

public sealed class SqliteReminderClockTests : ReminderClockTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class PostgresReminderClockTests(PostgresDatabase database) : ReminderClockTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
