using QualityMap.Api.Epcis;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Trace;

/// <summary>
/// The captured EPCIS events read straight from the journal (kind <see cref="EpcisJournal.Kind"/>), filtered page by
/// page: the journal is the repository, so a query answers exactly what was captured, and nothing is copied.
/// </summary>
public sealed class JournalEpcisEventStore(IJournal journal) : IEpcisEventStore
{
    private const int ScanPage = 500;

    public async Task<(IReadOnlyList<StoredEpcisEvent> Events, long? ContinueAfter)> QueryAsync(
        EpcisQuery query, Func<string, ValueTask<bool>> visible, long afterSeq, int limit, CancellationToken ct = default)
    {
        var found = new List<StoredEpcisEvent>(limit);
        var after = afterSeq;
        while (true)
        {
            var page = await journal.ReadKindAfterAsync(EpcisJournal.Kind, after, ScanPage, ct);
            foreach (var record in page)
            {
                after = record.Seq;
                if (!await visible(record.Subject)) continue;
                var stored = Stored(record);
                if (!query.Matches(stored.Event, stored.EventId)) continue;
                found.Add(stored);
                if (found.Count == limit) return (found, record.Seq);
            }
            if (page.Count < ScanPage) return (found, null);
        }
    }

    // The event as captured, with the id and record time the repository gives it (EPCIS 2.0: recordTime is the
    // repository's). An error declaration is journaled under its event's id with a suffix; it answers as that id.
    private static StoredEpcisEvent Stored(JournalRecord record)
    {
        var @event = EpcisJournal.EventOf(record);
        var eventId = record.EventId.EndsWith(CapturedEvent.ErrorDeclarationSuffix, StringComparison.Ordinal)
            ? record.EventId[..^CapturedEvent.ErrorDeclarationSuffix.Length]
            : record.EventId;
        @event["eventID"] ??= eventId;
        @event["recordTime"] = record.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new StoredEpcisEvent(record.Seq, eventId, record.Subject, record.ReceivedAt, @event);
    }
}
