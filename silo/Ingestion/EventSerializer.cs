using System.Text.Json;
using QualityMap.Grains.Events;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// The journal's payload format of an event: camelCase JSON with its <c>kind</c>. The serialised form is also
/// the event's identity for idempotency: the same id with a different payload is a conflict, not a duplicate.
/// </summary>
public static class EventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
    };

    public static string Serialize(EnterpriseEvent evt) => JsonSerializer.Serialize(evt, Options);

    public static EnterpriseEvent Deserialize(string payload) =>
        JsonSerializer.Deserialize<EnterpriseEvent>(payload, Options)
        ?? throw new JsonException("A journaled event payload is null.");
}
