namespace QualityMap.Grains.Regions;

/// <summary>
/// One administrative division. Province, city and county codes are 6-digit GB/T 2260 codes
/// (330000, 330400, 330402); towns and streets carry 9-digit statistical town codes (330402007).
/// </summary>
/// <param name="ParentCode">Code of the region one level up; <see langword="null"/> only for provinces.</param>
[GenerateSerializer, Immutable, Alias("qm.Region")]
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);
