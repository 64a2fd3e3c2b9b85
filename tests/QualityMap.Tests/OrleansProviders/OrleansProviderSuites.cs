using QualityMap.Tests.Storage;

namespace QualityMap.Tests.OrleansProviders;

// The Orleans provider suite on each dialect: a fresh SQLite file per test, or a fresh schema per test in the
// class's own PostgreSQL database.

public sealed class SqliteOrleansProviderTests : OrleansProviderTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class PostgresOrleansProviderTests(PostgresDatabase database) : OrleansProviderTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
