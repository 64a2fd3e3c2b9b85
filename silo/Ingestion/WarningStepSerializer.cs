using System.Text.Json;
using System.Text.Json.Serialization;
using QualityMap.Grains.Warnings;

namespace QualityMap.Silo.Ingestion;

/// <summary>The journal's payload format of a warning workflow step: camelCase JSON, enums as names.</summary>
public static class WarningStepSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(WarningStep step) => JsonSerializer.Serialize(step, Options);

    public static WarningStep Deserialize(string payload) =>
        JsonSerializer.Deserialize<WarningStep>(payload, Options) ?? throw new JsonException("A journaled warning step is null.");
}
