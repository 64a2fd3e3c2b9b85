using QualityMap.Api.Audit;

namespace QualityMap.Tests.Storage;

/// <summary>The audit journal's table: records in order, read in pages, survives reopening, refuses changes; run against every dialect.</summary>
public abstract class AuditJournalTests : IAsyncLifetime
{
    private StorageTarget _target = null!;

    public async Task InitializeAsync() => _target = await CreateTargetAsync();

    public async Task DisposeAsync() => await _target.DisposeAsync();

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task RecordsComeBackInOrderPageByPageAfterReopening()
    {
        var at = new DateTimeOffset(2026, 12, 6, 10, 0, 0, 123, TimeSpan.FromHours(8));
        await using (var storage = _target.Open(new SettableClock(at)))
        {
            await storage.Migrator.MigrateAsync();
            for (var i = 0; i < 5; i++)
                await storage.Audit.RecordAsync(new AuditEntry("sign-in", $"login-{i}", $"login-{i}", i % 2 == 0 ? "failed" : "succeeded", "192.0.2.7", i == 0 ? null : "登录"));
        }

        await using var reopened = _target.Open();
        var first = await reopened.Audit.ReadAsync(0, 3);
        var rest = await reopened.Audit.ReadAsync(first[^1].Seq, 3);

        Assert.Equal(["login-0", "login-1", "login-2"], first.Select(r => r.Actor));
        Assert.Equal(["login-3", "login-4"], rest.Select(r => r.Actor));
        Assert.Equal(at, first[0].At);
        Assert.Null(first[0].Detail);
        Assert.Equal("登录", rest[0].Detail);
        Assert.Equal(new AuditRecord(first[2].Seq, at.ToUniversalTime(), "sign-in", "login-2", "login-2", "failed", "192.0.2.7", "登录"), first[2]);
    }

    [Theory]
    [InlineData("UPDATE audit SET outcome = 'succeeded';")]
    [InlineData("DELETE FROM audit;")]
    public async Task TheTableRefusesChangesToWhatWasRecorded(string sql)
    {
        await using (var storage = _target.Open())
        {
            await storage.Migrator.MigrateAsync();
            await storage.Audit.RecordAsync(new AuditEntry("sign-in", "admin", "admin", "failed", "192.0.2.7"));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => _target.ExecuteAsync(sql));
        Assert.Equal("failed", await _target.ScalarAsync("SELECT outcome FROM audit;"));
    }
}
