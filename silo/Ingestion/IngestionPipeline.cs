using System.Diagnostics;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Metrics;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Silo.Metrics;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// Journals validated events and hands them to the dispatcher. The journal commit completes before the
/// outcome is returned, so an acknowledged event is durable; concurrent batches share commits.
/// </summary>
public sealed class IngestionPipeline(
    IJournal journal, KnownEnterprises enterprises, BatchOwnership batches, JournalDispatcher dispatcher, IngestionMetrics ingestionMetrics,
    JournalMetrics journalMetrics)
    : IEventIngestion
{
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<EnterpriseEvent> events, CancellationToken cancellationToken = default)
    {
        var outcomes = new IngestOutcome?[events.Count];
        var toJournal = new List<(int Index, EnterpriseEvent Event, JournalEntry Entry)>();
        var registeredInBatch = new Dictionary<string, EnterpriseRegistered>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var evt = events[i];
            if (evt is EnterpriseRegistered registered) registeredInBatch[evt.Uscc] = registered;
            else if (!registeredInBatch.ContainsKey(evt.Uscc) && !await enterprises.IsRegisteredAsync(evt.Uscc, cancellationToken))
            {
                outcomes[i] = IngestOutcome.Rejected(evt.EventId, new FieldError(
                    "uscc", FieldRules.UnknownEnterprise,
                    $"Enterprise {evt.Uscc} is not registered; send its enterprise_registered event first."));
                continue;
            }
            var refusal = evt switch
            {
                BatchRegistered batch => await batches.RefuseAsync(batch, registeredInBatch.GetValueOrDefault(evt.Uscc)),
                BatchRecalled recall => await batches.RefuseAsync(recall),
                _ => null,
            };
            if (refusal is not null)
            {
                outcomes[i] = IngestOutcome.Rejected(evt.EventId, refusal);
                continue;
            }
            var entry = new JournalEntry(evt.EventId, evt.Kind, evt.Uscc, evt.OccurredAt, EventSerializer.Serialize(evt));
            toJournal.Add((i, evt, entry));
        }

        if (toJournal.Count > 0)
        {
            var appendStarted = Stopwatch.GetTimestamp();
            var results = await journal.AppendAsync([.. toJournal.Select(t => t.Entry)], cancellationToken);
            var committed = new List<JournalRecord>();
            for (var j = 0; j < results.Count; j++)
            {
                var (index, evt, entry) = toJournal[j];
                var result = results[j];
                outcomes[index] = Outcome(evt, entry, result);
                if (result.Duplicate) continue;
                committed.Add(result.Record);
                if (evt is EnterpriseRegistered) enterprises.Add(evt.Uscc);
            }
            journalMetrics.Committed(appendStarted, committed);
            dispatcher.Notify(committed);
        }
        for (var i = 0; i < events.Count; i++) ingestionMetrics.Ingested(events[i].Kind, outcomes[i]!);
        return outcomes!;
    }

    private static IngestOutcome Outcome(EnterpriseEvent evt, JournalEntry entry, AppendResult result)
    {
        if (!result.Duplicate) return new IngestOutcome(evt.EventId, IngestStatus.Accepted, result.Record.Seq, []);
        // Idempotency is per event id; the same id carrying different content is a client bug worth saying out loud.
        return result.Record.Payload == entry.Payload
            ? new IngestOutcome(evt.EventId, IngestStatus.Duplicate, result.Record.Seq, [])
            : IngestOutcome.Rejected(evt.EventId, new FieldError(
                "eventId", FieldRules.EventIdReused,
                $"eventId {evt.EventId} was already used (journal seq {result.Record.Seq}) for an event with different content."));
    }
}
