namespace QualityMap.Silo.Wall;

/// <summary>
/// What the wall page needs to start (<c>GET /wall/config.json</c>). <paramref name="GeoUrlTemplate"/> is relative to
/// <c>/wall/</c> when the silo serves the boundaries itself, and null when the wall should draw its tile map.
/// </summary>
public sealed record WallConfig(string RootCode, string RootName, string? GeoUrlTemplate);
