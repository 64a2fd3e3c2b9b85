using QualityMap.Grains.Supervision;

namespace QualityMap.Api.Supervision;

/// <summary>The products of a catalogue CSV, or the errors (line and reason, zh-CN) that refuse it whole.</summary>
public sealed record CatalogueCsvResult(IReadOnlyList<KeyProduct> Products, IReadOnlyList<string> Errors);
