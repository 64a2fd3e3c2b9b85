using QualityMap.Api.Epcis;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Metrics;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Trace;

/// <summary>
/// Journals a capture document's events in one append (one commit, so all of them or none) and hands them to the
/// dispatcher, which keeps the trace index. An event re-sent with the same content is a duplicate, as in ingestion;
/// the same id for other content, or a retraction of an event never captured, refuses the whole document first.
/// </summary>
public sealed class TraceCapturePipeline(IJournal journal, JournalDispatcher dispatcher, JournalMetrics journalMetrics) : ITraceCapture
{
    public async Task<CaptureResult> CaptureAsync(IReadOnlyList<CapturedEvent> events, CancellationToken cancellationToken = default)
    {
        var entries = events.Select(EpcisJournal.EntryOf).ToList();
        var known = await journal.FindManyAsync(
            [.. entries.Select(e => e.EventId), .. events.Select(e => e.Declares).OfType<string>()], cancellationToken);
        for (var i = 0; i < events.Count; i++)
        {
            if (Refuse(events[i], entries[i], i, known) is { } refusal) return new CaptureResult([], 0, refusal);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = await journal.AppendAsync(entries, cancellationToken);
        var committed = results.Where(r => !r.Duplicate).Select(r => r.Record).ToList();
        journalMetrics.Committed(started, committed);
        dispatcher.Notify(committed);
        return new CaptureResult([.. results.Select(r => r.Record.Seq)], results.Count(r => r.Duplicate), null);
    }

    private static CaptureRefusal? Refuse(CapturedEvent captured, JournalEntry entry, int index, IReadOnlyDictionary<string, JournalRecord> known)
    {
        var pointer = $"/epcisBody/eventList/{index}";
        if (known.GetValueOrDefault(entry.EventId) is { } existing && existing.Payload != entry.Payload)
            return new CaptureRefusal($"{pointer}/eventID", "event-id-reused",
                $"eventID {captured.EventId} was captured already (journal seq {existing.Seq}) with other content; correct an event with an errorDeclaration.");
        if (captured.Declares is { } declared && !known.ContainsKey(declared))
            return new CaptureRefusal($"{pointer}/errorDeclaration", "declares-captured-event",
                $"An errorDeclaration retracts a captured event, and no event {declared} was captured.");
        return null;
    }
}
