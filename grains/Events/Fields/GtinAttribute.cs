using QualityMap.Grains.Trace;

namespace QualityMap.Grains.Events.Fields;

/// <summary>A GTIN-14 with its GS1 mod-10 check digit (<see cref="Gtin"/>); a wrong digit names the expected one.</summary>
public sealed class GtinAttribute : TextRuleAttribute
{
    public override string Describes => "GTIN-14";

    public override FieldCheck? Check(string value)
    {
        var reason = Gtin.Explain(value);
        if (reason is null) return null;
        return new FieldCheck(Gtin.IsWellFormed(value) ? FieldRules.GtinCheckDigit : FieldRules.GtinFormat, reason);
    }
}
