namespace QualityMap.Grains.Events.Fields;

/// <summary>
/// A rule of its own for a text field that is a key or a code (a credit code, a GTIN): the value is checked exactly as
/// sent, with no trimming, because a rewritten key would name something else.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class TextRuleAttribute : Attribute
{
    /// <summary>Null when <paramref name="value"/> obeys the rule; otherwise the rule it broke and why.</summary>
    public abstract FieldCheck? Check(string value);

    /// <summary>What the value must be, for docs and for the start of an error message ("a valid GTIN-14").</summary>
    public abstract string Describes { get; }
}
