using Orleans.Storage;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>Grain state with version (ETag) concurrency; run against every dialect.</summary>
public abstract class GrainStateStoreTests : IAsyncLifetime
{
    private const string Enterprise = "EnterpriseGrain";

    private readonly SettableClock _time = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(42));
    private StorageTarget _target = null!;
    private StorageBundle _storage = null!;

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        _storage = _target.Open(_time);
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        await _target.DisposeAsync();
    }

    protected abstract Task<StorageTarget> CreateTargetAsync();

    [Fact]
    public async Task AbsentStateReadsAsNull()
    {
        Assert.Null(await _storage.GrainStates.ReadAsync(Enterprise, "nobody"));
    }

    [Fact]
    public async Task WritesIncrementTheVersionAndReadBack()
    {
        Assert.Equal(1, await _storage.GrainStates.WriteAsync(Enterprise, "e1", "{\"v\":1}", expectedVersion: 0));
        _time.Now = _time.Now.AddMinutes(1);
        Assert.Equal(2, await _storage.GrainStates.WriteAsync(Enterprise, "e1", "{\"v\":2}", expectedVersion: 1));

        var state = await _storage.GrainStates.ReadAsync(Enterprise, "e1");

        Assert.Equal(new StoredGrainState(Enterprise, "e1", 2, "{\"v\":2}", _time.Now), state);
        Assert.Equal(_time.Now.UtcTicks, state!.UpdatedAt.UtcTicks);
    }

    [Fact]
    public async Task WrongExpectedVersionThrowsAndLeavesTheStateUnchanged()
    {
        await _storage.GrainStates.WriteAsync(Enterprise, "e1", "original", 0);
        var stored = await _storage.GrainStates.ReadAsync(Enterprise, "e1");

        var stale = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.GrainStates.WriteAsync(Enterprise, "e1", "stale", 5));
        var recreate = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.GrainStates.WriteAsync(Enterprise, "e1", "again", 0));
        var missing = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.GrainStates.WriteAsync(Enterprise, "e2", "ghost", 1));

        Assert.Equal((1L, 5L), (GrainStateVersion.Stored(stale), GrainStateVersion.Expected(stale)));
        Assert.Contains("expected version 5", stale.Message);
        Assert.Contains("stored version is 1", stale.Message);
        Assert.Equal((1L, 0L), (GrainStateVersion.Stored(recreate), GrainStateVersion.Expected(recreate)));
        Assert.Equal((0L, 1L), (GrainStateVersion.Stored(missing), GrainStateVersion.Expected(missing)));
        Assert.Equal(stored, await _storage.GrainStates.ReadAsync(Enterprise, "e1"));
        Assert.Null(await _storage.GrainStates.ReadAsync(Enterprise, "e2"));
    }

    [Fact]
    public async Task ConcurrentWritersOfOneVersionInOneBatchFailOnlyTheLosers()
    {
        await _storage.GrainStates.WriteAsync(Enterprise, "contended", "v1", 0);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = _storage.Engine.WriteAsync(async _ =>
        {
            entered.SetResult();
            await gate.Task;
        }, CancellationToken.None);
        await entered.Task;

        // Queued while the writer is busy, so all of them form the next batch.
        var contenders = Enumerable.Range(0, 10)
            .Select(i => _storage.GrainStates.WriteAsync(Enterprise, "contended", $"writer {i}", expectedVersion: 1))
            .ToList();
        var bystanders = Enumerable.Range(0, 10)
            .Select(i => _storage.GrainStates.WriteAsync(Enterprise, $"other-{i}", "fresh", expectedVersion: 0))
            .ToList();
        var commitsBefore = _storage.CommittedTransactions;
        gate.SetResult();
        await blocker;

        var outcomes = await Task.WhenAll(contenders.Select(async t =>
        {
            try
            {
                return await t;
            }
            catch (InconsistentStateException e) when (GrainStateVersion.Stored(e) == 2 && GrainStateVersion.Expected(e) == 1)
            {
                return -1L;
            }
        }));

        Assert.Equal(1, outcomes.Count(v => v == 2));
        Assert.Equal(9, outcomes.Count(v => v == -1));
        Assert.All(await Task.WhenAll(bystanders), v => Assert.Equal(1, v));
        var winner = Array.IndexOf(outcomes, 2L);
        Assert.Equal($"writer {winner}", (await _storage.GrainStates.ReadAsync(Enterprise, "contended"))!.Payload);
        Assert.Equal(commitsBefore + 2, _storage.CommittedTransactions);
    }

    [Fact]
    public async Task ReadAllReturnsEveryStateOfOneTypeOnly()
    {
        var keys = Enumerable.Range(0, 1_234).Select(i => $"k{i:D5}").ToList();
        await Task.WhenAll(keys.Select(k => _storage.GrainStates.WriteAsync(Enterprise, k, k, 0)));
        await _storage.GrainStates.WriteAsync("TownGrain", "330402001", "{}", 0);

        var states = new List<StoredGrainState>();
        await foreach (var state in _storage.GrainStates.ReadAllAsync(Enterprise))
        {
            states.Add(state);
        }

        Assert.Equal(keys, states.Select(s => s.Key));
        Assert.All(states, s => Assert.Equal((Enterprise, 1L, s.Key), (s.GrainType, s.Version, s.Payload)));
        Assert.Single(await ToListAsync(_storage.GrainStates.ReadAllAsync("TownGrain")));
        Assert.Empty(await ToListAsync(_storage.GrainStates.ReadAllAsync("CountyGrain")));
    }

    [Fact]
    public async Task TwoWritersOverOneDatabaseNeverOverwriteEachOther()
    {
        // Two stores = two processes, each with its own single writer: only the version check stands between them.
        await using var other = _target.Open(_time);
        await _storage.GrainStates.WriteAsync(Enterprise, "shared", "v1", 0);

        var writes = new[] { _storage.GrainStates, other.GrainStates }
            .SelectMany(store => Enumerable.Range(0, 5).Select(i => (Store: store, Payload: $"{(store == other.GrainStates ? "b" : "a")}{i}")))
            .Select(async w =>
            {
                try
                {
                    return (w.Payload, Version: await w.Store.WriteAsync(Enterprise, "shared", w.Payload, expectedVersion: 1));
                }
                catch (InconsistentStateException conflict)
                {
                    Assert.Equal((2L, 1L), (GrainStateVersion.Stored(conflict), GrainStateVersion.Expected(conflict)));
                    return (w.Payload, Version: -1L);
                }
            });
        var outcomes = await Task.WhenAll(writes);

        var winner = Assert.Single(outcomes, o => o.Version == 2);
        Assert.Equal(9, outcomes.Count(o => o.Version == -1));
        Assert.Equal((2L, winner.Payload), ((await other.GrainStates.ReadAsync(Enterprise, "shared"))!.Version, (await _storage.GrainStates.ReadAsync(Enterprise, "shared"))!.Payload));
    }

    [Fact]
    public async Task NegativeExpectedVersionIsRejected()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _storage.GrainStates.WriteAsync(Enterprise, "e", "{}", -1));
    }

    [Fact]
    public async Task ABulkWriteStoresEveryStateWithItsVersionJumpOrNoneOnAConflict()
    {
        await _storage.GrainStates.WriteAsync(Enterprise, "kept", "v1", 0);
        var writes = Enumerable.Range(0, 1200).Select(i => new GrainStateWrite(Enterprise, $"bulk{i:D4}", $"{{\"i\":{i}}}", 0, 1)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await _storage.GrainStates.WriteManyAsync(writes);
        var inserted = watch.Elapsed;
        watch.Restart();
        // Three coalesced writes: version 1 → 4 in one statement.
        await _storage.GrainStates.WriteManyAsync([.. writes.Select(w => w with { Payload = "latest", ExpectedVersion = 1, NewVersion = 4 })]);
        var updated = watch.Elapsed;
        Console.WriteLine($"{GetType().Name}: 1,200 states inserted in {inserted.TotalMilliseconds:F0} ms, updated in {updated.TotalMilliseconds:F0} ms");

        Assert.Equal(new StoredGrainState(Enterprise, "bulk0007", 4, "latest", _time.Now), await _storage.GrainStates.ReadAsync(Enterprise, "bulk0007"));
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.GrainStates.WriteManyAsync(
            [new GrainStateWrite(Enterprise, "bulk0001", "lost", 4, 5), new GrainStateWrite(Enterprise, "kept", "stale", 3, 4)]));
        Assert.Contains($"{Enterprise}/kept:", conflict.Message);
        Assert.Equal((1L, 3L), (GrainStateVersion.Stored(conflict), GrainStateVersion.Expected(conflict)));
        Assert.Equal((4L, "latest"), ((await _storage.GrainStates.ReadAsync(Enterprise, "bulk0001"))!.Version, (await _storage.GrainStates.ReadAsync(Enterprise, "bulk0001"))!.Payload));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
