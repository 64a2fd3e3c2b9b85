using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>What survives closing and reopening the store, and the migrations; run against every dialect.</summary>
public abstract class PersistenceTests : IAsyncLifetime
{
    private StorageTarget _target = null!;

    public async Task InitializeAsync() => _target = await CreateTargetAsync();

    public async Task DisposeAsync() => await _target.DisposeAsync();

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task EverythingIsThereAfterReopening()
    {
        var due = DateTimeOffset.UtcNow.AddHours(1);
        IReadOnlyList<AppendResult> appended;
        await using (var storage = _target.Open())
        {
            appended = await storage.Journal.AppendAsync(
            [
                new JournalEntry("e1", "EnterpriseRegistered", "A", DateTimeOffset.UtcNow, "{}"),
                new JournalEntry("e2", "InspectionFailed", "A", DateTimeOffset.UtcNow, "{\"item\":\"lead\"}"),
            ]);
            await storage.GrainStates.WriteAsync("EnterpriseGrain", "A", "{\"class\":\"C\"}", 0);
            await storage.Checkpoints.WriteAsync("dispatcher", 2);
        }

        await using (var storage = _target.Open())
        {
            var records = new List<JournalRecord>();
            await foreach (var record in storage.Journal.ReadAfterAsync(0))
            {
                records.Add(record);
            }

            Assert.Equal(appended.Select(a => a.Record), records);
            var state = await storage.GrainStates.ReadAsync("EnterpriseGrain", "A");
            Assert.Equal((1L, "{\"class\":\"C\"}"), (state!.Version, state.Payload));
            Assert.Equal(2, await storage.Checkpoints.ReadAsync("dispatcher"));

            // The chain continues from the stored tail, and duplicates are still recognised.
            var next = await storage.Journal.AppendAsync(
                [new JournalEntry("e1", "EnterpriseRegistered", "A", DateTimeOffset.UtcNow, "{}"), new JournalEntry("e3", "k", "A", DateTimeOffset.UtcNow, "{}")]);
            Assert.True(next[0].Duplicate);
            Assert.Equal(3, next[1].Record.Seq);
            Assert.Equal(records[^1].Hash, next[1].Record.PrevHash);
            Assert.Equal(2, await storage.GrainStates.WriteAsync("EnterpriseGrain", "A", "{}", 1));
        }
    }

    [Fact]
    public async Task MigrationsApplyOnceAcrossReopens()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var storage = _target.Open();
            await storage.Migrator.MigrateAsync();
            await storage.Migrator.MigrateAsync();
            await storage.Journal.AppendAsync([new JournalEntry($"e{i}", "k", "s", DateTimeOffset.UtcNow, "{}")]);
        }

        Assert.Equal(ScriptCount, Convert.ToInt64(await _target.ScalarAsync("SELECT COUNT(*) FROM schema_version;")));
        Assert.Equal($"{_target.Provider}-0001-initial.sql", await _target.ScalarAsync("SELECT name FROM schema_version WHERE version = 1;"));
        Assert.Equal(3L, Convert.ToInt64(await _target.ScalarAsync("SELECT COUNT(*) FROM journal;")));
    }

    [Fact]
    public async Task TwoProcessesMigratingAtOnceApplyEachScriptOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => _target.Open()).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => Task.Run(() => s.Migrator.MigrateAsync())));
        }
        finally
        {
            foreach (var store in stores) await store.DisposeAsync();
        }

        Assert.Equal(ScriptCount, Convert.ToInt64(await _target.ScalarAsync("SELECT COUNT(*) FROM schema_version;")));
    }

    /// <summary>Every script of the dialect, each recorded once.</summary>
    private long ScriptCount => MigrationScript.Load(_target.Provider).Count;

    [Fact]
    public async Task ADatabaseFromANewerBuildIsRefused()
    {
        await using (var storage = _target.Open())
        {
            await storage.Migrator.MigrateAsync();
        }

        await _target.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'sqlite-9999-future.sql', '2030-01-01T00:00:00.0000000Z');");

        await using var reopened = _target.Open();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.Migrator.MigrateAsync());
        Assert.Contains("9999", error.Message);
    }
}
