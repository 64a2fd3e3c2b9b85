using System.Diagnostics;
using System.Diagnostics.Metrics;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Journal commit latency, and the moment each recent entry became durable. The dispatcher puts that moment into
/// the <see cref="RequestContext"/> of the grain call applying the entry; it then travels with every call the
/// change causes up the region tree, so <see cref="MapFeedMetrics"/> can tell, when a region update is published,
/// how long ago its cause was committed — without the grains knowing about metrics.
/// </summary>
public sealed class JournalMetrics
{
    private const string CommittedAtKey = "qualitymap.committed-at";
    private const int RecentCommits = 1 << 16;

    private readonly Histogram<double> _commitDuration;
    private readonly object _lock = new();
    private readonly (long Seq, long Timestamp)[] _recent = new (long, long)[RecentCommits];

    public JournalMetrics(IMeterFactory meters)
    {
        _commitDuration = meters.Create(QualityMapMeter.Name).CreateHistogram(
            "qualitymap_journal_commit_duration_seconds", unit: "s",
            description: "From handing a batch to the journal to its durable commit (queueing for the single writer, the shared transaction and its fsync).",
            tags: null, advice: QualityMapMeter.LatencyAdvice);
    }

    /// <summary>A journal append that began at <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) has committed.</summary>
    public void Committed(long startedAt, IEnumerable<JournalRecord> appended)
    {
        var now = Stopwatch.GetTimestamp();
        _commitDuration.Record(Stopwatch.GetElapsedTime(startedAt, now).TotalSeconds);
        lock (_lock)
        {
            foreach (var record in appended) _recent[record.Seq % RecentCommits] = (record.Seq, now);
        }
    }

    /// <summary>Makes the commit moment of <paramref name="seq"/>, if still known, travel with the calls made from here on.</summary>
    public void FlowCommitTime(long seq)
    {
        (long Seq, long Timestamp) entry;
        lock (_lock) entry = _recent[seq % RecentCommits];
        // Entries replayed at start-up were committed by an earlier process: no latency to report.
        if (entry.Seq == seq) RequestContext.Set(CommittedAtKey, entry.Timestamp);
        else RequestContext.Remove(CommittedAtKey);
    }

    /// <summary>Seconds since the commit that caused the current call, or null when it was not caused by a commit.</summary>
    public static double? SecondsSinceCommit() =>
        RequestContext.Get(CommittedAtKey) is long committedAt ? Stopwatch.GetElapsedTime(committedAt).TotalSeconds : null;
}
