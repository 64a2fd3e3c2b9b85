using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>A key product the enterprise makes, with its risk grade from the catalogue.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductLine"), ObjectNoun("a product")]
public sealed record ProductLine(
    string Code,
    string Name,
    [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade Grade);
