using System.Data.Common;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

public sealed class SqliteDialectTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task WriterConnectionIsWalWithFullSynchronousAndABusyTimeout()
    {
        using var dialect = SqliteDialect.ForFile(_directory.DatabasePath);
        await using var connection = await dialect.OpenWriterAsync(CancellationToken.None);

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous;")); // 2 = FULL
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task ReaderConnectionHasABusyTimeout()
    {
        using var dialect = SqliteDialect.ForFile(_directory.DatabasePath);
        await using var connection = await dialect.OpenReaderAsync(CancellationToken.None);

        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task DatabaseIsInWalModeWithItsDirectoryCreated()
    {
        var path = Path.Combine(_directory.FullName, "nested", "deeper", "qualitymap.db");
        await using (var storage = SqliteStorage.Open(path))
        {
            await storage.Migrator.MigrateAsync();
        }

        Assert.True(File.Exists(path));
        Assert.Equal("wal", RawSqlite.Scalar(path, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void OptionsPlaceTheDatabaseInTheDataDirectory()
    {
        var dataDirectory = Path.Combine(_directory.FullName, "data");

        using var dialect = SqliteDialect.FromOptions(new StorageOptions { DataDirectory = dataDirectory });

        Assert.True(Directory.Exists(dataDirectory));
        Assert.Equal("sqlite", dialect.MigrationPrefix);
    }

    [Fact]
    public void TheInitialScriptIsEmbeddedUnderTheDialectPrefix()
    {
        var scripts = MigrationScript.Load("sqlite");

        Assert.Equal(1, scripts[0].Version);
        Assert.Equal("sqlite-0001-initial.sql", scripts[0].Name);
        Assert.Contains("CREATE TABLE journal", scripts[0].Sql);
        Assert.Empty(MigrationScript.Load("oracle"));
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
