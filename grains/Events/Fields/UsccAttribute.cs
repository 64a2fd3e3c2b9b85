using QualityMap.Grains.Enterprises;

namespace QualityMap.Grains.Events.Fields;

/// <summary>A unified social credit code (GB 32100), checked as sent: no trimming, no upper-casing.</summary>
public sealed class UsccAttribute : TextRuleAttribute
{
    public override string Describes => "a unified social credit code (GB 32100)";

    public override FieldCheck? Check(string value)
    {
        var reason = UnifiedSocialCreditCode.Explain(value);
        if (reason is null) return null;
        var rule = UnifiedSocialCreditCode.IsWellFormed(value) ? FieldRules.UsccCheckCharacter : FieldRules.UsccFormat;
        return new FieldCheck(rule, $"must be a valid unified social credit code (GB 32100): {reason}");
    }
}
