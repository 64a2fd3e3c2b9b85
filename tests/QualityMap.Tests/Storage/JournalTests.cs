using System.Data.Common;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

/// <summary>The journal contract; run against every dialect (see the sealed subclasses).</summary>
public abstract class JournalTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    private readonly SettableClock _time = new(_start);
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
    public async Task EmptyJournalHasLastSeqZeroAndNoRecords()
    {
        Assert.Equal(0, await _storage.Journal.LastSeqAsync());
        Assert.Empty(await ReadAllAsync(0));
        Assert.Null(await _storage.Journal.FindAsync("missing"));
    }

    [Fact]
    public async Task AppendedRecordsReadBackInOrderWithContiguousSeqsFromOne()
    {
        var entries = Enumerable.Range(1, 5).Select(i => Entry($"e{i}", subject: $"s{i}")).ToList();

        var results = await _storage.Journal.AppendAsync(entries);

        Assert.All(results, r => Assert.False(r.Duplicate));
        Assert.Equal([1L, 2, 3, 4, 5], results.Select(r => r.Record.Seq));
        var read = await ReadAllAsync(0);
        Assert.Equal(results.Select(r => r.Record), read);
        Assert.Equal(entries.Select(e => e.EventId), read.Select(r => r.EventId));
        Assert.Equal(5, await _storage.Journal.LastSeqAsync());
        Assert.Equal(read[2], await _storage.Journal.FindAsync("e3"));
    }

    [Fact]
    public async Task SeqsStayContiguousAcrossCalls()
    {
        await _storage.Journal.AppendAsync([Entry("a"), Entry("b")]);
        var second = await _storage.Journal.AppendAsync([Entry("c")]);

        Assert.Equal(3, second[0].Record.Seq);
        Assert.Equal([1L, 2, 3], (await ReadAllAsync(0)).Select(r => r.Seq));
    }

    [Fact]
    public async Task EachRecordLinksToThePreviousHashAndTheHashRecomputes()
    {
        await _storage.Journal.AppendAsync([Entry("a"), Entry("b")]);
        _time.Now = _start.AddSeconds(1);
        await _storage.Journal.AppendAsync([Entry("c", payload: "{\"x\":\"中文\"}")]);

        var records = await ReadAllAsync(0);

        Assert.Equal(JournalHash.Genesis, records[0].PrevHash);
        Assert.Equal(new string('0', 64), JournalHash.Genesis);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Matches("^[0-9a-f]{64}$", records[i].Hash);
            Assert.Equal(records[i].Hash, JournalHash.Compute(records[i]));
            if (i > 0)
            {
                Assert.Equal(records[i - 1].Hash, records[i].PrevHash);
            }
        }
    }

    [Fact]
    public void HashEncodingIsUnambiguousAndCoversEveryField()
    {
        var baseline = JournalHash.Compute(1, "ab", "c", "s", _start, _start, "p", JournalHash.Genesis);

        // Moving a character across a field boundary must change the hash.
        Assert.NotEqual(baseline, JournalHash.Compute(1, "a", "bc", "s", _start, _start, "p", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(2, "ab", "c", "s", _start, _start, "p", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(1, "ab", "c", "t", _start, _start, "p", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(1, "ab", "c", "s", _start.AddTicks(1), _start, "p", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(1, "ab", "c", "s", _start, _start.AddTicks(1), "p", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(1, "ab", "c", "s", _start, _start, "q", JournalHash.Genesis));
        Assert.NotEqual(baseline, JournalHash.Compute(1, "ab", "c", "s", _start, _start, "p", baseline));

        // Only the instant counts, not the offset it was written with.
        Assert.Equal(baseline, JournalHash.Compute(1, "ab", "c", "s", _start.ToOffset(TimeSpan.FromHours(8)), _start, "p", JournalHash.Genesis));
    }

    [Fact]
    public void HashFollowsTheDocumentedEncoding()
    {
        static byte[] Field(string value)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(value);
            var length = BitConverter.GetBytes(bytes.Length);
            if (BitConverter.IsLittleEndian)
            {
                Array.Reverse(length);
            }

            return [.. length, .. bytes];
        }

        byte[] encoded =
        [
            .. Field("7"), .. Field("ev"), .. Field("kind"), .. Field("subj"),
            .. Field("2026-11-21T08:30:00.0000000Z"), .. Field("2026-11-21T08:30:00.1234567Z"),
            .. Field("payload"), .. Field(JournalHash.Genesis),
        ];
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(encoded));

        Assert.Equal(expected, JournalHash.Compute(7, "ev", "kind", "subj", _start, _start.AddTicks(1_234_567), "payload", JournalHash.Genesis));
    }

    [Fact]
    public async Task DuplicateOfAStoredEventReturnsTheExistingRecordAndWritesNothing()
    {
        var first = await _storage.Journal.AppendAsync([Entry("dup", payload: "original")]);
        _time.Now = _start.AddMinutes(5);

        var again = await _storage.Journal.AppendAsync([Entry("dup", payload: "changed"), Entry("new")]);

        Assert.True(again[0].Duplicate);
        Assert.Equal(first[0].Record, again[0].Record);
        Assert.Equal("original", again[0].Record.Payload);
        Assert.False(again[1].Duplicate);
        Assert.Equal(2, again[1].Record.Seq);
        Assert.Equal(first[0].Record.Hash, again[1].Record.PrevHash);
        Assert.Equal(2, await _storage.Journal.LastSeqAsync());
    }

    [Fact]
    public async Task DuplicateWithinOneCallIsWrittenOnce()
    {
        var results = await _storage.Journal.AppendAsync([Entry("x", payload: "1"), Entry("y"), Entry("x", payload: "2")]);

        Assert.False(results[0].Duplicate);
        Assert.False(results[1].Duplicate);
        Assert.True(results[2].Duplicate);
        Assert.Equal(results[0].Record, results[2].Record);
        Assert.Equal("1", results[2].Record.Payload);
        Assert.Equal(2, await _storage.Journal.LastSeqAsync());
    }

    [Fact]
    public async Task InstantsRoundTripExactlyWhateverTheOffset()
    {
        // Seven fractional digits: every 100 ns tick must survive.
        var occurredAt = new DateTimeOffset(2026, 3, 14, 23, 59, 59, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        _time.Now = new DateTimeOffset(2026, 3, 15, 1, 2, 3, TimeSpan.FromHours(-5)).AddTicks(9_876_543);

        var appended = (await _storage.Journal.AppendAsync([Entry("t", occurredAt: occurredAt)]))[0].Record;
        var read = await _storage.Journal.FindAsync("t");

        Assert.NotNull(read);
        Assert.Equal(occurredAt.UtcTicks, read.OccurredAt.UtcTicks);
        Assert.Equal(_time.Now.UtcTicks, read.ReceivedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.OccurredAt.Offset);
        Assert.Equal(TimeSpan.Zero, read.ReceivedAt.Offset);
        Assert.Equal(appended, read);
        Assert.Equal(appended.OccurredAt.Offset, read.OccurredAt.Offset);
    }

    [Fact]
    public async Task ReadAfterStartsAfterTheGivenSeqAndPagesThroughLargeJournals()
    {
        for (var batch = 0; batch < 3; batch++)
        {
            await _storage.Journal.AppendAsync(Enumerable.Range(0, 400).Select(i => Entry($"b{batch}-{i}")).ToList());
        }

        var after = await ReadAllAsync(100);

        Assert.Equal(Enumerable.Range(101, 1100).Select(i => (long)i), after.Select(r => r.Seq));
        Assert.Empty(await ReadAllAsync(1200));
    }

    [Fact]
    public async Task SubjectsOfKindAreDistinct()
    {
        await _storage.Journal.AppendAsync(
        [
            Entry("1", kind: "EnterpriseRegistered", subject: "A"),
            Entry("2", kind: "EnterpriseRegistered", subject: "B"),
            Entry("3", kind: "InspectionFailed", subject: "A"),
            Entry("4", kind: "EnterpriseRegistered", subject: "A"),
        ]);

        var subjects = await _storage.Journal.SubjectsOfKindAsync("EnterpriseRegistered");

        Assert.Equal(["A", "B"], subjects.Order());
        Assert.Empty(await _storage.Journal.SubjectsOfKindAsync("Unknown"));
    }

    [Fact]
    public async Task InvalidEntriesAreRejectedBeforeAnythingIsWritten()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.Journal.AppendAsync([Entry("ok"), Entry("")]));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _storage.Journal.AppendAsync([Entry("ok"), Entry("p") with { Payload = null! }]));

        Assert.Empty(await _storage.Journal.AppendAsync([]));
        Assert.Equal(0, await _storage.Journal.LastSeqAsync());
    }

    [Fact]
    public async Task TextThatIsNotValidUnicodeFailsOnlyThatCall()
    {
        var bad = _storage.Journal.AppendAsync([Entry("bad", payload: "\ud800")]);
        var good = _storage.Journal.AppendAsync([Entry("good")]);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => bad);
        Assert.Equal(1, (await good)[0].Record.Seq);
        Assert.Null(await _storage.Journal.FindAsync("bad"));
    }

    [Fact]
    public async Task CancelledAppendWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _storage.Journal.AppendAsync([Entry("c")], cancelled.Token));

        Assert.Null(await _storage.Journal.FindAsync("c"));
    }

    [Fact]
    public async Task TheDatabaseRefusesToChangeJournaledRows()
    {
        await _storage.Journal.AppendAsync([Entry("a")]);

        await Assert.ThrowsAnyAsync<DbException>(() => _target.ExecuteAsync("UPDATE journal SET payload = 'forged' WHERE seq = 1;"));
        await Assert.ThrowsAnyAsync<DbException>(() => _target.ExecuteAsync("DELETE FROM journal;"));
        Assert.Equal(1L, Convert.ToInt64(await _target.ScalarAsync("SELECT COUNT(*) FROM journal;")));
    }

    private static JournalEntry Entry(string eventId, string kind = "InspectionRecorded", string subject = "91330400MA2B3C4D5E", DateTimeOffset? occurredAt = null, string payload = "{}") =>
        new(eventId, kind, subject, occurredAt ?? _start.AddHours(-1), payload);

    private async Task<List<JournalRecord>> ReadAllAsync(long afterSeq)
    {
        var records = new List<JournalRecord>();
        await foreach (var record in _storage.Journal.ReadAfterAsync(afterSeq))
        {
            records.Add(record);
        }

        return records;
    }
}
