using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>Reminder and checkpoint stores; run against every dialect.</summary>
public abstract class ReminderAndCheckpointStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _due = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddTicks(7);

    private StorageTarget _target = null!;
    private StorageBundle _storage = null!;

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        _storage = _target.Open();
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _target.DisposeAsync();
    }

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task UpsertCreatesThenMovesTheDueTime()
    {
        await _storage.Reminders.UpsertAsync(new ReminderEntry("EnterpriseGrain", "e1", "risk-expiry", _due));
        await _storage.Reminders.UpsertAsync(new ReminderEntry("EnterpriseGrain", "e2", "risk-expiry", _due.AddDays(1)));
        await _storage.Reminders.UpsertAsync(new ReminderEntry("EnterpriseGrain", "e1", "risk-expiry", _due.AddDays(2)));

        var reminders = await _storage.Reminders.ReadAllAsync();

        Assert.Equal(
            [
                new ReminderEntry("EnterpriseGrain", "e2", "risk-expiry", _due.AddDays(1)),
                new ReminderEntry("EnterpriseGrain", "e1", "risk-expiry", _due.AddDays(2)),
            ],
            reminders);
        Assert.Equal(_due.AddDays(2).UtcTicks, reminders[1].DueAt.UtcTicks);
    }

    [Fact]
    public async Task DeleteRemovesOnlyThatReminder()
    {
        await _storage.Reminders.UpsertAsync(new ReminderEntry("EnterpriseGrain", "e1", "a", _due));
        await _storage.Reminders.UpsertAsync(new ReminderEntry("EnterpriseGrain", "e1", "b", _due));

        await _storage.Reminders.DeleteAsync("EnterpriseGrain", "e1", "a");
        await _storage.Reminders.DeleteAsync("EnterpriseGrain", "e1", "never-existed");

        Assert.Equal([new ReminderEntry("EnterpriseGrain", "e1", "b", _due)], await _storage.Reminders.ReadAllAsync());
    }

    [Fact]
    public async Task CheckpointIsZeroUntilWrittenThenReadsBack()
    {
        Assert.Equal(0, await _storage.Checkpoints.ReadAsync("dispatcher"));

        await _storage.Checkpoints.WriteAsync("dispatcher", 41);
        await _storage.Checkpoints.WriteAsync("dispatcher", 42);
        await _storage.Checkpoints.WriteAsync("other", 7);

        Assert.Equal(42, await _storage.Checkpoints.ReadAsync("dispatcher"));
        Assert.Equal(7, await _storage.Checkpoints.ReadAsync("other"));
    }
}
