using QualityMap.Grains.Events;

namespace QualityMap.Grains.Trace;

/// <summary>One batch of a key product, keyed by <see cref="BatchKey.GrainKey"/>; told by its producer's grain.</summary>
public interface IBatchGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies a journaled registration; one at or below the last applied sequence is skipped, and one by another
    /// producer than the batch's is ignored (the ingest refuses it; a journal replay must come to the same state).
    /// </summary>
    Task RegisterAsync(long seq, BatchRegistered registration);

    /// <summary>A failed sampling named the batch; the same event twice counts once.</summary>
    Task FailedAsync(BatchFailure failure);

    /// <summary>The batch is recalled; only the first recall counts, the same event twice counts once.</summary>
    Task RecalledAsync(BatchRecall recall);

    /// <summary>The batch, or null if it was never registered.</summary>
    Task<BatchView?> GetAsync();
}
