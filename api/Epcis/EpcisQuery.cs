using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The EPCIS 2.0 simple event query as the REST binding passes it (<c>GET /events?EQ_bizStep=shipping|receiving…</c>,
/// values pipe-delimited), for the parameters the service answers: event time bounds, business steps, EPCs, EPC
/// classes, sources and destinations. Each parameter narrows; values within one are alternatives.
/// </summary>
public sealed record EpcisQuery(
    DateTimeOffset? GeEventTime,
    DateTimeOffset? LtEventTime,
    IReadOnlyList<string> BizSteps,
    IReadOnlyList<string> Epcs,
    IReadOnlyList<string> EpcClasses,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Destinations,
    IReadOnlyList<string> EventIds)
{
    public static readonly string[] Parameters =
        ["GE_eventTime", "LT_eventTime", "EQ_bizStep", "MATCH_epc", "MATCH_epcClass", "EQ_source", "EQ_destination", "EQ_eventID", "perPage", "nextPageToken"];

    /// <summary>The batches an <c>MATCH_epcClass</c> names, so the trace index can find their events without a scan.</summary>
    public IReadOnlyList<BatchKey> ClassBatches => [.. EpcClasses.Select(c => EpcUri.Batch(c)).Where(l => l is { Serial: null }).Select(l => l!.Batch).Distinct()];

    /// <summary>The query, or the first parameter that is not one the service answers or not of its form.</summary>
    public static (EpcisQuery? Query, (string Parameter, string Detail)? Error) Parse(IQueryCollection query)
    {
        foreach (var name in query.Keys)
        {
            if (!Parameters.Contains(name))
                return (null, (name, $"'{name}' is not a query parameter this repository answers; it answers {string.Join(", ", Parameters)}."));
        }
        DateTimeOffset? ge = null, lt = null;
        if (query["GE_eventTime"] is { Count: > 0 } geText && !TryTime(geText.ToString(), out ge))
            return (null, ("GE_eventTime", "GE_eventTime must be an RFC 3339 date-time with its offset."));
        if (query["LT_eventTime"] is { Count: > 0 } ltText && !TryTime(ltText.ToString(), out lt))
            return (null, ("LT_eventTime", "LT_eventTime must be an RFC 3339 date-time with its offset."));
        return (new EpcisQuery(ge, lt,
            [.. Values(query, "EQ_bizStep").Select(s => Expand(s, "BizStep-"))],
            [.. Values(query, "MATCH_epc").Select(EpcUri.Canonical)],
            [.. Values(query, "MATCH_epcClass").Select(EpcUri.Canonical)],
            Values(query, "EQ_source"), Values(query, "EQ_destination"), Values(query, "EQ_eventID")), null);
    }

    /// <summary>Whether a stored event answers the query.</summary>
    public bool Matches(JsonObject @event, string eventId)
    {
        if (EventIds.Count > 0 && !EventIds.Contains(eventId)) return false;
        if (GeEventTime is not null || LtEventTime is not null)
        {
            var time = DateTimeOffset.Parse(@event["eventTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            if (time < GeEventTime || time >= LtEventTime) return false;
        }
        if (BizSteps.Count > 0 && !(Text(@event["bizStep"]) is { } step && BizSteps.Contains(Expand(step, "BizStep-")))) return false;
        if (Epcs.Count > 0 && !Strings(@event, "epcList", "childEPCs").Select(EpcUri.Canonical).Any(Epcs.Contains)) return false;
        if (EpcClasses.Count > 0 && !Classes(@event).Select(EpcUri.Canonical).Any(EpcClasses.Contains)) return false;
        if (Sources.Count > 0 && !Ids(@event, "sourceList", "source").Any(Sources.Contains)) return false;
        return Destinations.Count == 0 || Ids(@event, "destinationList", "destination").Any(Destinations.Contains);
    }

    private static IEnumerable<string> Strings(JsonObject @event, params string[] lists) =>
        lists.SelectMany(l => @event[l] as JsonArray ?? []).Select(Text).OfType<string>();

    private static IEnumerable<string> Classes(JsonObject @event) =>
        ((string[])["quantityList", "childQuantityList"]).SelectMany(l => @event[l] as JsonArray ?? [])
            .OfType<JsonObject>().Select(q => Text(q["epcClass"])).OfType<string>();

    private static IEnumerable<string> Ids(JsonObject @event, string list, string key) =>
        (@event[list] as JsonArray ?? []).OfType<JsonObject>().Select(e => Text(e[key])).OfType<string>();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static List<string> Values(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(v => (v ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static string Expand(string value, string vocabulary) => value.Contains(':') ? value : $"https://ref.gs1.org/cbv/{vocabulary}{value}";

    private static bool TryTime(string text, out DateTimeOffset? time)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && text.Contains('T');
        time = ok ? parsed : null;
        return ok;
    }
}
