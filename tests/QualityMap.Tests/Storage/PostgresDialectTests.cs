using System.Data.Common;
using QualityMap.Silo.Storage;
using QualityMap.Silo.Storage.Postgres;

namespace QualityMap.Tests.Storage;

public sealed class PostgresDialectTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task WriterConnectionCommitsSynchronously()
    {
        // Even where the server's default is off, the writer's COMMIT waits for the WAL flush.
        await using var target = (PostgresTarget)await database.NewTargetAsync();
        using var dialect = new PostgresDialect(target.ConnectionString + ";Options=-c synchronous_commit=off");
        await using var reader = await dialect.OpenReaderAsync(CancellationToken.None);
        await using var writer = await dialect.OpenWriterAsync(CancellationToken.None);

        Assert.Equal("off", await ScalarAsync(reader, "SHOW synchronous_commit;"));
        Assert.Equal("on", await ScalarAsync(writer, "SHOW synchronous_commit;"));
    }

    [Fact]
    public void TheInitialScriptIsEmbeddedUnderTheDialectPrefix()
    {
        var scripts = MigrationScript.Load("postgres");

        Assert.Equal("postgres-0001-initial.sql", scripts[0].Name);
        Assert.Contains("CREATE TABLE journal", scripts[0].Sql);
        Assert.Contains("BEFORE TRUNCATE ON journal", scripts[0].Sql);
    }

    [Fact]
    public async Task TheProviderIsChosenByConfiguration()
    {
        await using var target = await database.NewTargetAsync();
        await using var storage = StorageBundle.Open(new StorageOptions { Provider = "Postgres", ConnectionString = ((PostgresTarget)target).ConnectionString });
        await storage.Journal.AppendAsync([new JournalEntry("e", "k", "s", DateTimeOffset.UtcNow, "{}")]);

        Assert.IsType<PostgresDialect>(storage.Dialect);
        Assert.Equal(1L, Convert.ToInt64(await target.ScalarAsync("SELECT COUNT(*) FROM journal;")));
        await Assert.ThrowsAnyAsync<DbException>(() => target.ExecuteAsync("TRUNCATE journal;"));
    }

    [Fact]
    public async Task AnUnreachableServerIsReportedAsUnavailable()
    {
        await using var storage = StorageBundle.Open(new StorageOptions
        {
            Provider = StorageOptions.Postgres,
            ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2",
        });

        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            storage.Journal.AppendAsync([new JournalEntry("e", "k", "s", DateTimeOffset.UtcNow, "{}")]));
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
