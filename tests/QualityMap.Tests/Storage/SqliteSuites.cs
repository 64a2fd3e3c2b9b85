using Xunit.Abstractions;

namespace QualityMap.Tests.Storage;

// The shared storage suites, run on SQLite files (one fresh file per test).

public sealed class SqliteJournalTests : JournalTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class SqliteGrainStateStoreTests : GrainStateStoreTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class SqliteCheckpointStoreTests : CheckpointStoreTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class SqliteGroupCommitTests(ITestOutputHelper output) : GroupCommitTests(output)
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class SqlitePersistenceTests : PersistenceTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}

public sealed class SqliteAuditJournalTests : AuditJournalTests
{
    protected override Task<StorageTarget> CreateTargetAsync() => SqliteTarget.CreateAsync();
}
