using QualityMap.Grains.Trace;

namespace QualityMap.Grains.Events.Fields;

/// <summary>The text of a GS1 application identifier (<see cref="Gs1Text"/>): a lot (AI 10) or a serial (AI 21).</summary>
/// <param name="ai">The application identifier the field carries, named in messages.</param>
public sealed class Gs1TextAttribute(string ai) : TextRuleAttribute
{
    public string Ai { get; } = ai;

    public override string Describes => $"GS1 AI {Ai}: 1–{Gs1Text.MaxLength} of set 82";

    public override FieldCheck? Check(string value)
    {
        var reason = Gs1Text.Explain(value, Ai);
        if (reason is null) return null;
        var rule = value.Length == 0 ? FieldRules.Empty
            : value.Length > Gs1Text.MaxLength ? FieldRules.MaxLength
            : FieldRules.Gs1Characters;
        return new FieldCheck(rule, reason);
    }
}
