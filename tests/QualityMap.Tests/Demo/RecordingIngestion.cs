using QualityMap.Api.Ingestion;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Silo.Ingestion;

namespace QualityMap.Tests.Demo;

/// <summary>
/// An ingestion port with the journal's idempotency rules (same id and content: duplicate; same id, other
/// content: rejected) that records every call. Safe to read while a background service writes.
/// </summary>
public sealed class RecordingIngestion : IEventIngestion
{
    private readonly object _lock = new();
    private readonly Dictionary<string, string> _payloads = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<EnterpriseEvent>> _calls = [];
    private readonly List<EnterpriseEvent> _journal = [];

    public IReadOnlyList<IReadOnlyList<EnterpriseEvent>> Calls
    {
        get
        {
            lock (_lock) return [.. _calls];
        }
    }

    public IReadOnlyList<EnterpriseEvent> Journal
    {
        get
        {
            lock (_lock) return [.. _journal];
        }
    }

    public Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<EnterpriseEvent> events, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>();
        lock (_lock)
        {
            _calls.Add([.. events]);
            foreach (var evt in events)
            {
                var payload = EventSerializer.Serialize(evt);
                if (_payloads.TryGetValue(evt.EventId, out var existing))
                {
                    outcomes.Add(existing == payload
                        ? new IngestOutcome(evt.EventId, IngestStatus.Duplicate, 1, [])
                        : IngestOutcome.Rejected(evt.EventId, new FieldError("eventId", FieldRules.EventIdReused, "reused")));
                    continue;
                }

                _payloads.Add(evt.EventId, payload);
                _journal.Add(evt);
                outcomes.Add(new IngestOutcome(evt.EventId, IngestStatus.Accepted, _journal.Count, []));
            }
        }

        return Task.FromResult<IReadOnlyList<IngestOutcome>>(outcomes);
    }
}
