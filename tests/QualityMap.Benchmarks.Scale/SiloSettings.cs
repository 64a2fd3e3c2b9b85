namespace QualityMap.Benchmarks.Scale;

/// <summary>The configuration every silo of the run gets, in process or as a child process.</summary>
public static class SiloSettings
{
    public const string AdminPassword = "scale-benchmark-admin";

    public static IEnumerable<(string Key, string Value)> For(ScaleOptions options) =>
    [
        ("Storage:DataDirectory", options.DataDirectory),
        ("Regions:Source", options.RegionsDirectory),
        ("Security:AdminPassword", AdminPassword),
    ];
}
