namespace QualityMap.Api.Trace;

/// <summary>A business of a batch's flow as the service knows it: a producer (an enterprise), a seller (an account), or neither.</summary>
public sealed record TraceParty(string Uscc, string Name, string Kind, string? Address, string? TownCode, string? TownName, string? CountyCode, string? CountyName)
{
    public const string Producer = "producer";
    public const string Seller = "seller";
    public const string Unknown = "unknown";
}
