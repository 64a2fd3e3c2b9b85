using Microsoft.Extensions.Options;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>
/// Routes every map-feed update to the streams watching a region it concerns, and opens new streams at an exact
/// feed position. Routing runs on the publishing grain's turn while the feed is locked, so it is a few dictionary
/// look-ups (O(depth)) and a fold per interested stream: a slow client never slows a grain.
/// </summary>
public sealed class LiveBroadcaster : IDisposable
{
    private readonly MapFeed _feed;
    private readonly RegionTree _tree;
    private readonly RegionSnapshots _snapshots;
    private readonly LiveOptions _options;
    private readonly LiveMetrics _metrics;
    // Guarded by the feed's lock: changed only inside MapFeed.Exclusive, read by Route while the feed publishes.
    private readonly Dictionary<string, List<Watcher>> _watchers = new(StringComparer.Ordinal);

    public LiveBroadcaster(MapFeed feed, RegionTree tree, RegionSnapshots snapshots, IOptions<LiveOptions> options, LiveMetrics metrics)
    {
        _feed = feed;
        _tree = tree;
        _snapshots = snapshots;
        _options = options.Value;
        _metrics = metrics;
        _feed.Published += Route;
        _feed.Restarted += RestartAll;
    }

    public string Epoch => _feed.Epoch;

    /// <summary>
    /// Opens a stream of the region: from the resume point when the feed still reaches back to it, otherwise
    /// from a snapshot. Dispose the watcher to end it.
    /// </summary>
    internal Watcher Open(Region region, ResumePoint? resume)
    {
        var watcher = new Watcher(region, this, _options);
        _feed.Exclusive(() =>
        {
            if (!_watchers.TryGetValue(region.Code, out var list)) _watchers[region.Code] = list = [];
            list.Add(watcher);
            if (resume is null)
                watcher.StartWithSnapshot(SnapshotReasons.Subscribe);
            else if (resume.Epoch != _feed.Epoch)
                watcher.StartWithSnapshot(SnapshotReasons.EpochChanged);
            else if (_feed.Since(resume.Seq) is { } missed)
                watcher.StartFrom(resume.Seq, missed.Where(item => Concerns(item.Update, region.Code)));
            else
                watcher.StartWithSnapshot(SnapshotReasons.ResumeTooOld);
            return true;
        });
        _metrics.StreamOpened();
        watcher.Run();
        return watcher;
    }

    internal void Detach(Watcher watcher)
    {
        var removed = _feed.Exclusive(() =>
        {
            if (!_watchers.TryGetValue(watcher.Region.Code, out var list) || !list.Remove(watcher)) return false;
            if (list.Count == 0) _watchers.Remove(watcher.Region.Code);
            return true;
        });
        if (removed) _metrics.StreamClosed();
    }

    internal PendingMessage? TakePending(Watcher watcher, bool allowEmpty) =>
        _feed.Exclusive(() => watcher.TakePending(_feed.LastSequence, allowEmpty));

    internal async Task<SnapshotMessage> SnapshotAsync(Region region, string reason, long seq)
    {
        var recent = _feed.Recent(item => item.Update is not RegionChanged && Concerns(item.Update, region.Code), _options.RecentTickerItems);
        var (summary, children) = await _snapshots.ReadAsync(region);
        _metrics.SnapshotSent(reason);
        return new SnapshotMessage(Epoch, seq, reason, summary, children, [.. recent.Select(item => TickerItem.Of(item)!)]);
    }

    private void Route(MapFeedItem item)
    {
        if (_watchers.Count == 0) return;
        foreach (var code in WatchersOf(item.Update))
        {
            if (!_watchers.TryGetValue(code, out var list)) continue;
            foreach (var watcher in list) watcher.Offer(item);
        }
    }

    // The stream broke off (the feed grain moved to another silo, or this silo missed updates): every stream's next
    // message is a snapshot, since a delta could not prove it missed nothing.
    private void RestartAll(string reason)
    {
        foreach (var watcher in _watchers.Values.SelectMany(list => list)) watcher.Restart(reason);
    }

    private bool Concerns(MapUpdate update, string watchedCode) => WatchersOf(update).Contains(watchedCode, StringComparer.Ordinal);

    /// <summary>
    /// The regions whose watchers care about an update: a region's new state matters to watchers of the region
    /// and of its parent (whose map shows it as a child); a reclassification or a warning matters to watchers of
    /// its region and of every region above it (their tickers).
    /// </summary>
    private IEnumerable<string> WatchersOf(MapUpdate update)
    {
        yield return update.RegionCode;
        if (_tree.Find(update.RegionCode) is not { } region) yield break;
        if (update is RegionChanged)
        {
            if (region.ParentCode is { } parent) yield return parent;
            yield break;
        }
        foreach (var ancestor in _tree.AncestorsOf(region.Code)) yield return ancestor.Code;
    }

    public void Dispose()
    {
        _feed.Published -= Route;
        _feed.Restarted -= RestartAll;
    }
}
