namespace QualityMap.Grains.Trace;

/// <summary>
/// The carriers besides GS1 that the SAMR 2024 opinion allows for one product's code, and the grain key of one
/// carrier's code. A CCC certificate covers a product type, so one number may lead to many batches.
/// </summary>
public static class TraceAlias
{
    public const string Ccc = "ccc";
    public const string Ecode = "ecode";

    public static string Key(string carrier, string code) => $"{carrier}:{code}";
}
