using QualityMap.Api.Epcis;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// Every place a batch went (逆向追溯): its producer, then every business that recorded receiving, shipping or
/// selling it, with what each still holds. Read from the trace index, which sums the flow as events arrive.
/// </summary>
public sealed class ReverseTrace(ITraceIndex index, IGrainFactory grains, RegionTree regions)
{
    public async Task<IReadOnlyList<BatchHolder>> HoldersAsync(BatchView batch, CancellationToken ct = default)
    {
        var flows = await index.HoldersAsync(batch.Key, ct);
        var parties = await TraceParties.LoadAsync(grains, regions);
        var holders = new List<BatchHolder>(flows.Count + 1);
        // The producer holds what it made and has not shipped, whether or not it recorded any flow.
        var producerFlow = flows.FirstOrDefault(f => f.PartyUscc == batch.ProducerUscc);
        var shipped = producerFlow?.Shipped ?? 0;
        var sold = producerFlow?.Sold ?? 0;
        holders.Add(new BatchHolder(await parties.ProducerAsync(batch.ProducerUscc), batch.Quantity + (producerFlow?.Received ?? 0), shipped, sold,
            batch.Quantity + (producerFlow?.OnHand ?? 0), producerFlow?.LastRecordedAt ?? batch.RegisteredAt, []));
        foreach (var flow in flows.Where(f => f.PartyUscc != batch.ProducerUscc))
        {
            holders.Add(new BatchHolder(await parties.OfAsync(flow.PartyUscc), flow.Received, flow.Shipped, flow.Sold, flow.OnHand,
                flow.LastRecordedAt, flow.ReceivedFrom));
        }
        return holders;
    }
}
