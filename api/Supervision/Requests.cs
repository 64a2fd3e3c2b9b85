using System.Text.Json.Serialization;
using QualityMap.Grains.Events;

namespace QualityMap.Api.Supervision;

/// <summary>
/// Field feedback on a task. The reporting officer is the signed-in caller; <see cref="By"/> is read only to refuse a
/// body that names someone else. <see cref="Brand"/> and <see cref="NiceClass"/> name the product checked, both or neither.
/// </summary>
public sealed record TaskResultRequest(
    bool? Passed, IReadOnlyList<string>? Findings, bool RectificationOrdered, DateTimeOffset? RectificationDeadline, string? By, string? BatchNo,
    string? Brand = null, int? NiceClass = null);

/// <summary>Adds or edits one catalogue product; <see cref="By"/> is refused (the editor is the signed-in caller).</summary>
public sealed record KeyProductRequest(
    string? Category, string? Name, [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade? Grade, string? By);

/// <summary>Raises a product's grade for a period after a domestic or foreign risk alert; <see cref="By"/> is refused.</summary>
public sealed record GradeRaiseRequest(
    [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade? Grade, DateTimeOffset? Until, string? Reason, string? By);
