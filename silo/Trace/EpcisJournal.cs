using System.Text.Json.Nodes;
using QualityMap.Api.Epcis;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Trace;

/// <summary>
/// How a captured EPCIS event sits in the journal: kind <see cref="Kind"/>, the party whose flow it records as the
/// subject (<see cref="NoParty"/> for an imported event of no seller), the event time, and the event exactly as
/// captured as the payload — so the hash chain holds what the seller sent, and the flow is read from it again.
/// </summary>
public static class EpcisJournal
{
    public const string Kind = "epcis_event";
    public const string NoParty = "epcis";

    public static JournalEntry EntryOf(CapturedEvent captured) => new(
        captured.JournalId, Kind, captured.Flow.FirstOrDefault()?.PartyUscc ?? NoParty, captured.EventTime, captured.Json);

    public static JsonObject EventOf(JournalRecord record) =>
        JsonNode.Parse(record.Payload) as JsonObject ?? throw new InvalidOperationException($"Journal seq {record.Seq} holds no EPCIS event.");
}
