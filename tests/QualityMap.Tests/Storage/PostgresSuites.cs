using Xunit.Abstractions;

namespace QualityMap.Tests.Storage;

// The shared storage suites, run on PostgreSQL: each class gets its own fresh database (class fixture),
// each test a fresh schema in it.

public sealed class PostgresJournalTests(PostgresDatabase database) : JournalTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}

public sealed class PostgresGrainStateStoreTests(PostgresDatabase database) : GrainStateStoreTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}

public sealed class PostgresCheckpointStoreTests(PostgresDatabase database)
    : CheckpointStoreTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}

public sealed class PostgresGroupCommitTests(PostgresDatabase database, ITestOutputHelper output)
    : GroupCommitTests(output), IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}

public sealed class PostgresPersistenceTests(PostgresDatabase database) : PersistenceTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}

public sealed class PostgresAuditJournalTests(PostgresDatabase database) : AuditJournalTests, IClassFixture<PostgresDatabase>
{
    protected override Task<StorageTarget> CreateTargetAsync() => database.NewTargetAsync();
}
