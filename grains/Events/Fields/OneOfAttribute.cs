namespace QualityMap.Grains.Events.Fields;

/// <summary>A text field that takes one of a few words, as sent.</summary>
public sealed class OneOfAttribute(params string[] words) : TextRuleAttribute
{
    public IReadOnlyList<string> Words { get; } = words;

    public override string Describes => string.Join(" / ", Words);

    public override FieldCheck? Check(string value) =>
        Words.Contains(value) ? null : new FieldCheck(FieldRules.OneOf, $"must be one of {string.Join(", ", Words)}, got '{value}'");
}
