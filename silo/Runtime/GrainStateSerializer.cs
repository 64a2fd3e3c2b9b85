using System.Text.Json;
using System.Text.Json.Serialization;

namespace QualityMap.Silo.Runtime;

/// <summary>The one JSON shape of persisted grain state: camelCase, enums as strings, readable in the database.</summary>
public static class GrainStateSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        AllowOutOfOrderMetadataProperties = true,
    };

    public static string Serialize<TState>(TState state) => JsonSerializer.Serialize(state, Options);

    public static TState Deserialize<TState>(string payload) =>
        JsonSerializer.Deserialize<TState>(payload, Options)
        ?? throw new JsonException($"Stored state of type {typeof(TState).Name} is null.");
}
