namespace QualityMap.Grains.Bulletins;

/// <summary>A high-risk enterprise in the bulletin: name, unified social credit code, town, and one line per reason of its class.</summary>
public sealed record BulletinEnterprise(string Name, string Uscc, string Town, IReadOnlyList<string> Evidence);
