using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text.Json;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Metrics;

/// <summary>
/// Counts every event item that reaches ingestion — HTTP batches and the demo simulator alike — by kind and
/// outcome. Labels stay bounded: a kind or rule that is not one of the known constants is counted as
/// <c>unknown</c> / <c>other</c>, so a client sending garbage cannot create series.
/// </summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "QualityMap";
    public const string UnknownKind = "unknown";
    public const string OtherRule = "other";

    private static readonly FrozenSet<string> KnownKinds = EventKinds.All.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> KnownRules = typeof(FieldRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly Counter<long> _received;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _rejections;

    public IngestionMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("qualitymap_events_received_total",
            description: "Event items received for ingestion, by kind (unknown when the kind is missing or invalid).");
        _ingested = meter.CreateCounter<long>("qualitymap_events_ingested_total",
            description: "Event items by kind and result: accepted (journaled), duplicate (same id and content seen before) or rejected.");
        _rejections = meter.CreateCounter<long>("qualitymap_event_rejections_total",
            description: "Rejected event items by the rule of their first error (see the README's rule ids).");
    }

    /// <summary>An item the parser refused; its kind is read from the raw item when it is a known one.</summary>
    public void ParseRejected(JsonElement item, IReadOnlyList<FieldError> errors) => Record(KindOf(item), IngestStatus.Rejected, errors);

    /// <summary>
    /// The item's kind when it is a known one. Compared, not read, and guarded: a lone surrogate escape in the kind, or
    /// in any field name of the item (which makes every lookup in it throw), is an item the parser rejected, not a 500.
    /// </summary>
    private static string? KindOf(JsonElement item)
    {
        try
        {
            return item.ValueKind == JsonValueKind.Object && item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
                ? KnownKinds.FirstOrDefault(known => k.ValueEquals(known))
                : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An item the ingestion pipeline decided on.</summary>
    public void Ingested(string kind, IngestOutcome outcome) => Record(kind, outcome.Status, outcome.Errors);

    private void Record(string? kind, IngestStatus status, IReadOnlyList<FieldError> errors)
    {
        var kindTag = new KeyValuePair<string, object?>("kind", kind is not null && KnownKinds.Contains(kind) ? kind : UnknownKind);
        _received.Add(1, kindTag);
        _ingested.Add(1, kindTag, new KeyValuePair<string, object?>("result", ResultName(status)));
        if (status != IngestStatus.Rejected) return;
        var rule = errors.Count > 0 && KnownRules.Contains(errors[0].Rule) ? errors[0].Rule : OtherRule;
        _rejections.Add(1, new KeyValuePair<string, object?>("rule", rule));
    }

    private static string ResultName(IngestStatus status) => status switch
    {
        IngestStatus.Accepted => "accepted",
        IngestStatus.Duplicate => "duplicate",
        _ => "rejected",
    };
}
