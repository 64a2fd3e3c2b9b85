using System.Text.Json.Nodes;

namespace QualityMap.Api.Epcis;

/// <summary>The captured EPCIS events, in journal order, as the query interface reads them. Implemented by the silo.</summary>
public interface IEpcisEventStore
{
    /// <summary>
    /// Events after <paramref name="afterSeq"/> that <paramref name="visible"/> lets the caller see and the query
    /// matches, up to <paramref name="limit"/>; the seq to continue after when there may be more.
    /// </summary>
    Task<(IReadOnlyList<StoredEpcisEvent> Events, long? ContinueAfter)> QueryAsync(
        EpcisQuery query, Func<string, ValueTask<bool>> visible, long afterSeq, int limit, CancellationToken ct = default);
}

/// <summary>A captured event as stored: its journal seq, the party it was recorded under, and when the repository recorded it.</summary>
public sealed record StoredEpcisEvent(long Seq, string EventId, string Subject, DateTimeOffset RecordTime, JsonObject Event);
