namespace QualityMap.Api.Ingestion;

/// <summary>
/// One reason an ingested event item was rejected. <paramref name="Field"/> is the JSON path inside the item in
/// camelCase (<c>occurredAt</c>, <c>products[2].grade</c>; empty for the item itself), <paramref name="Rule"/> a
/// stable kebab-case id from <see cref="FieldRules"/>, <paramref name="Message"/> an English sentence for people.
/// </summary>
public sealed record FieldError(string Field, string Rule, string Message);
