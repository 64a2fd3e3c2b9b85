using System.Diagnostics;
using QualityMap.Silo.Storage;
using Xunit.Abstractions;

namespace QualityMap.Tests.Storage;

/// <summary>Group commit of the single writer; run against every dialect.</summary>
public abstract class GroupCommitTests(ITestOutputHelper output) : IAsyncLifetime
{
    private StorageTarget _target = null!;
    private StorageBundle _storage = null!;

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        _storage = _target.Open();
        await _storage.Migrator.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _target.DisposeAsync();
    }

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task ConcurrentAppendsShareTransactionsAndLoseNothing()
    {
        const int tasks = 50;
        const int appendsPerTask = 40;
        const int total = tasks * appendsPerTask;
        var commitsBefore = _storage.CommittedTransactions;

        var stopwatch = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            var mine = new List<JournalRecord>(appendsPerTask);
            for (var i = 0; i < appendsPerTask; i++)
            {
                var appended = await _storage.Journal.AppendAsync(
                    [new JournalEntry($"t{t}-{i}", "InspectionRecorded", $"enterprise-{t}", DateTimeOffset.UtcNow, $"{{\"n\":{i}}}")]);
                Assert.False(appended[0].Duplicate);
                mine.Add(appended[0].Record);
            }

            return mine;
        })));
        stopwatch.Stop();
        var commits = _storage.CommittedTransactions - commitsBefore;

        output.WriteLine(
            $"{_target.Provider}: {total} appends from {tasks} tasks in {stopwatch.Elapsed.TotalMilliseconds:F0} ms = {total / stopwatch.Elapsed.TotalSeconds:F0} appends/s; " +
            $"{commits} commits, {(double)total / commits:F1} appends per commit");

        var records = new List<JournalRecord>();
        await foreach (var record in _storage.Journal.ReadAfterAsync(0))
        {
            records.Add(record);
        }

        Assert.Equal(total, records.Count);
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), records.Select(r => r.Seq));
        Assert.Equal(total, records.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(
            results.SelectMany(r => r).OrderBy(r => r.Seq),
            records);
        var previous = JournalHash.Genesis;
        foreach (var record in records)
        {
            Assert.Equal(previous, record.PrevHash);
            Assert.Equal(JournalHash.Compute(record), record.Hash);
            previous = record.Hash;
        }

        // Each task's own appends keep their order.
        Assert.All(results, mine => Assert.Equal(mine.OrderBy(r => r.Seq), mine));
        Assert.True(commits < total, $"expected group commit: {commits} commits for {total} appends");
    }

    [Fact]
    public async Task ASingleSequentialCallerCommitsOncePerAppend()
    {
        const int total = 200;
        var commitsBefore = _storage.CommittedTransactions;

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            await _storage.Journal.AppendAsync([new JournalEntry($"seq-{i}", "InspectionRecorded", "enterprise", DateTimeOffset.UtcNow, "{}")]);
        }

        stopwatch.Stop();
        output.WriteLine(
            $"{_target.Provider}: {total} sequential appends in {stopwatch.Elapsed.TotalMilliseconds:F0} ms = {total / stopwatch.Elapsed.TotalSeconds:F0} appends/s " +
            $"({stopwatch.Elapsed.TotalMilliseconds / total:F2} ms per durable commit)");
        Assert.Equal(total, _storage.CommittedTransactions - commitsBefore);
    }

    [Fact]
    public async Task AFailingOperationIsUndoneWithoutFailingItsBatch()
    {
        var (blocker, gate) = await BlockWriterAsync();

        var before = _storage.Checkpoints.WriteAsync("before", 1);
        var failing = _storage.Engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand("INSERT INTO checkpoints (name, seq) VALUES ('failing', 2);");
            await command.ExecuteNonQueryAsync();
            throw new InvalidOperationException("boom");
        }, CancellationToken.None);
        var after = _storage.Journal.AppendAsync([new JournalEntry("after", "k", "s", DateTimeOffset.UtcNow, "{}")]);
        var commitsBefore = _storage.CommittedTransactions;
        gate.SetResult();

        await blocker;
        await before;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await after;

        Assert.Equal(1, await _storage.Checkpoints.ReadAsync("before"));
        Assert.Equal(0, await _storage.Checkpoints.ReadAsync("failing"));
        Assert.NotNull(await _storage.Journal.FindAsync("after"));
        // The blocker's batch, then one batch holding all three.
        Assert.Equal(commitsBefore + 2, _storage.CommittedTransactions);
    }

    [Fact]
    public async Task DisposeCommitsEverythingAlreadyQueued()
    {
        var pending = Enumerable.Range(0, 200)
            .Select(i => _storage.Journal.AppendAsync([new JournalEntry($"q{i}", "k", "s", DateTimeOffset.UtcNow, "{}")]))
            .ToList();

        await _storage.DisposeAsync();

        await Task.WhenAll(pending);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _storage.Journal.AppendAsync([new JournalEntry("late", "k", "s", DateTimeOffset.UtcNow, "{}")]));
        await using var reopened = _target.Open();
        Assert.Equal(200, await reopened.Journal.LastSeqAsync());
    }

    /// <summary>Occupies the writer loop inside a batch until the returned gate is released.</summary>
    private async Task<(Task Blocker, TaskCompletionSource Gate)> BlockWriterAsync()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = _storage.Engine.WriteAsync(async _ =>
        {
            entered.SetResult();
            await gate.Task;
        }, CancellationToken.None);
        await entered.Task;
        return (blocker, gate);
    }
}
