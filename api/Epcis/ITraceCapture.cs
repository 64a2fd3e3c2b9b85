namespace QualityMap.Api.Epcis;

/// <summary>
/// Takes checked EPCIS events into the journal's hash chain, all of a document or none: durable (committed) before
/// this returns, then applied to the trace index. Implemented by the silo.
/// </summary>
public interface ITraceCapture
{
    Task<CaptureResult> CaptureAsync(IReadOnlyList<CapturedEvent> events, CancellationToken cancellationToken = default);
}

/// <summary>
/// A capture's outcome: the journal seqs it took (a re-sent event keeps its first seq), or why it was refused whole —
/// an id already journaled for another event, or an error declaration of an event never captured.
/// </summary>
public sealed record CaptureResult(IReadOnlyList<long> Seqs, int Duplicates, CaptureRefusal? Refusal);
