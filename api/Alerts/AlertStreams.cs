using System.Runtime.CompilerServices;
using System.Threading.Channels;
using QualityMap.Grains.Alerts;

namespace QualityMap.Api.Alerts;

/// <summary>
/// One bureau's alert stream: first what it missed and what is still open (from the region's durable alerts), then every new or changed
/// alert as it happens. Listening starts before the missed alerts are read, so nothing falls between the two; an
/// alert seen in both is sent once per revision.
/// </summary>
public sealed class AlertStreams(AlertFeed feed, IGrainFactory grains)
{
    private const int Capacity = 1_000;

    public async IAsyncEnumerable<Alert> StreamAsync(string regionCode, long? lastSeq, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Alerts are few; a client that is 1,000 behind is dropped and resumes from its last seq, losing nothing.
        var live = Channel.CreateBounded<Alert>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite });
        void Listen(Alert alert)
        {
            if (alert.RegionCode == regionCode && !live.Writer.TryWrite(alert)) live.Writer.TryComplete(new InvalidOperationException("The alert stream fell behind; resume from the last seq."));
        }

        feed.Published += Listen;
        try
        {
            var sent = new Dictionary<string, int>(StringComparer.Ordinal);
            // Everything after the resume point, and the present state of every alert still unacknowledged: one seen
            // before the client went offline may have been re-sent or escalated since. So may an acknowledged one whose
            // condition came back within the hold (its seq stays that of its first raise). Without a resume point a
            // bureau starts from what is still open, not from years of history.
            var known = await grains.GetGrain<IAlertsGrain>(regionCode).SinceAsync(0);
            foreach (var alert in known.Where(a => !a.Acknowledged || (a.Open && a.Returns > 0) || a.Seq > (lastSeq ?? long.MaxValue)))
            {
                sent[alert.Id] = alert.Revision;
                yield return alert;
            }
            await foreach (var alert in live.Reader.ReadAllAsync(cancellationToken))
            {
                if (sent.TryGetValue(alert.Id, out var revision) && revision >= alert.Revision) continue;
                sent[alert.Id] = alert.Revision;
                yield return alert;
            }
        }
        finally
        {
            feed.Published -= Listen;
        }
    }
}
