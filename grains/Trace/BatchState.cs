using QualityMap.Grains.Events;

namespace QualityMap.Grains.Trace;

/// <summary>Persisted state of one batch: its latest registration and what sampling found.</summary>
[GenerateSerializer, Alias("qm.BatchState")]
public sealed class BatchState
{
    /// <summary>The latest registration by the batch's producer; null until the batch is registered.</summary>
    [Id(0)]
    public BatchRegistered? Registration { get; set; }

    /// <summary>When the batch was first registered (the first registration's occurredAt).</summary>
    [Id(1)]
    public DateTimeOffset? RegisteredAt { get; set; }

    /// <summary>The journal sequence of the last registration applied; replays at or below it are skipped.</summary>
    [Id(2)]
    public long LastAppliedSeq { get; set; }

    [Id(3)]
    public List<BatchFailure> Failures { get; set; } = [];

    /// <summary>The first recall declared; a second document for the same batch changes nothing.</summary>
    [Id(4)]
    public BatchRecall? Recall { get; set; }
}
