using System.Text.Json.Serialization;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// A catalogue entry (重点产品目录): category, product, its risk grade, and a temporary raise after a domestic or
/// foreign risk alert (<see cref="RaisedGrade"/> until <see cref="RaisedUntil"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.KeyProduct")]
public sealed record KeyProduct(
    string Category,
    string Code,
    string Name,
    [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade Grade,
    [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade? RaisedGrade = null,
    DateTimeOffset? RaisedUntil = null,
    string? RaiseReason = null)
{
    /// <summary>The grade in force at <paramref name="now"/>: a raise holds while now &lt; RaisedUntil.</summary>
    public ProductRiskGrade EffectiveGrade(DateTimeOffset now) =>
        RaisedGrade is { } raised && RaisedUntil is { } until && now < until && raised < Grade ? raised : Grade;
}
