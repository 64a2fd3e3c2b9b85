namespace QualityMap.Api.Supervision;

/// <summary>How many products the CSV held and how many of them changed the catalogue.</summary>
public sealed record CatalogueImportResult(int Products, int Changed);
