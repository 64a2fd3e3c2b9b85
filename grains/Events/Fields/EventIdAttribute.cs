namespace QualityMap.Grains.Events.Fields;

/// <summary>
/// A client-chosen event id: 1–<see cref="MaxLength"/> of <c>[A-Za-z0-9._:-]</c>, which makes re-sending harmless and
/// survives every log, URL and CSV it is copied into.
/// </summary>
public sealed class EventIdAttribute : TextRuleAttribute
{
    public const int MaxLength = 100;

    public override string Describes => $"1–{MaxLength} of [A-Za-z0-9._:-]";

    public override FieldCheck? Check(string value)
    {
        if (value.Length == 0) return new FieldCheck(FieldRules.Empty, "must not be empty");
        if (value.Length > MaxLength)
            return new FieldCheck(FieldRules.MaxLength, $"must be at most {MaxLength} characters, got {value.Length}");
        return value.All(IsAllowed)
            ? null
            : new FieldCheck(FieldRules.Pattern, $"may contain only letters A-Z and a-z, digits and . _ : -, got '{value}'");
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';
}
