using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The flow of batches as the journaled EPCIS events record it, summed per holder: the index the reverse trace reads.
/// Kept by the silo as it applies the journal.
/// </summary>
public interface ITraceIndex
{
    /// <summary>Stores the lines of the event at <paramref name="seq"/>; a replay of the same seq changes nothing.</summary>
    Task RecordAsync(long seq, DateTimeOffset eventTime, IReadOnlyList<FlowLine> lines, CancellationToken ct = default);

    /// <summary>Every party that recorded flow of the batch, with its sums per step.</summary>
    Task<IReadOnlyList<HolderFlow>> HoldersAsync(BatchKey batch, CancellationToken ct = default);
}
