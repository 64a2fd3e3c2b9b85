namespace QualityMap.Api.Epcis;

/// <summary>
/// The CBV 2.0 business steps of the flow a seller records (SAMR 2024 opinion: 进货 and 销售), by their short names;
/// an event may give them as the short name, the Web URI or the URN.
/// </summary>
public static class TradeSteps
{
    /// <summary>进货: the recording party took the goods in, from the event's source.</summary>
    public const string Receiving = "receiving";

    /// <summary>发货/批发: the recording party sent the goods on to the event's destination.</summary>
    public const string Shipping = "shipping";

    /// <summary>零售: the recording party sold the goods to a consumer.</summary>
    public const string RetailSelling = "retail_selling";

    public static IReadOnlyList<string> All { get; } = [Receiving, Shipping, RetailSelling];

    /// <summary>The short name of a trade step, or null for any other business step.</summary>
    public static string? Of(string? bizStep)
    {
        var name = bizStep switch
        {
            null => null,
            _ when bizStep.StartsWith("https://ref.gs1.org/cbv/BizStep-", StringComparison.Ordinal) => bizStep["https://ref.gs1.org/cbv/BizStep-".Length..],
            _ when bizStep.StartsWith("urn:epcglobal:cbv:bizstep:", StringComparison.Ordinal) => bizStep["urn:epcglobal:cbv:bizstep:".Length..],
            _ => bizStep,
        };
        return name is not null && All.Contains(name) ? name : null;
    }

    /// <summary>The party that records a step: the destination for receiving, the source otherwise.</summary>
    public static bool RecordedByDestination(string step) => step == Receiving;
}
