using System.ComponentModel.DataAnnotations;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Epcis;

/// <summary>
/// What a seller's phone sends after scanning a code (<c>POST /api/trade</c>): the step, the code as scanned, how many,
/// and from whom it came in or to whom it went. The service writes the EPCIS ObjectEvent of it.
/// </summary>
[ObjectNoun("a trade record")]
public sealed record TradeRecord : IChecked
{
    public const int MaxQuantity = 1_000_000;

    [OneOf(TradeSteps.Receiving, TradeSteps.Shipping, TradeSteps.RetailSelling)]
    public required string Step { get; init; }

    [DigitalLink]
    public required string Code { get; init; }

    [Range(1, MaxQuantity)]
    public required int Quantity { get; init; }

    /// <summary>The other business: the supplier for receiving, the buyer for shipping; none for a retail sale.</summary>
    [Uscc]
    public string? Counterparty { get; init; }

    /// <summary>When it happened; now when not sent.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    public FieldProblem? Check()
    {
        var needsCounterparty = Step != TradeSteps.RetailSelling;
        if (needsCounterparty && Counterparty is null)
            return new FieldProblem(nameof(Counterparty), new FieldCheck(FieldRules.RequiredWith,
                $"is required for {Step}: the unified social credit code of the {(Step == TradeSteps.Receiving ? "supplier" : "buyer")}"));
        if (EpcUri.Batch(Code) is { Serial: not null } && Quantity != 1)
            return new FieldProblem(nameof(Quantity), new FieldCheck(FieldRules.Range, "must be 1 for the code of one item (it carries a serial)"));
        return null;
    }
}
