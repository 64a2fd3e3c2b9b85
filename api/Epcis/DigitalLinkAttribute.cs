using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Epcis;

/// <summary>A scanned trace code: a GS1 Digital Link (any domain) or EPC class URN that names a batch, or one item of it.</summary>
public sealed class DigitalLinkAttribute : TextRuleAttribute
{
    public override string Describes => "a scanned trace code";

    public override FieldCheck? Check(string value) =>
        EpcUri.Batch(value) is null
            ? new FieldCheck(FieldRules.TraceCode, "must be a trace code naming a batch: https://…/01/{gtin}/10/{lot}[/21/{serial}]")
            : null;
}
