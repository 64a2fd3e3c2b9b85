namespace QualityMap.Grains.Trace;

/// <summary>
/// The text of a GS1 application identifier such as batch/lot (AI 10) and serial number (AI 21): 1–20 characters of
/// GS1 AI encodable character set 82 (GS1 General Specifications §7.11, figure 7.11-1), the characters a GS1 barcode
/// and a Digital Link URI can both carry.
/// </summary>
public static class Gs1Text
{
    public const int MaxLength = 20;

    // Character set 82: digits, upper and lower case letters and these punctuation marks; no space, no '#', no CJK.
    private const string Punctuation = "!\"%&'()*+,-./:;<=>?_";

    /// <summary>Null when <paramref name="text"/> is valid for <paramref name="ai"/>; otherwise a short English reason.</summary>
    public static string? Explain(string text, string ai)
    {
        if (text.Length is 0 or > MaxLength)
            return $"must be 1 to {MaxLength} characters (GS1 AI {ai}), got {text.Length}";
        var bad = text.FirstOrDefault(c => !IsCharacterSet82(c));
        return bad == default
            ? null
            : $"may hold only digits, letters A-Z a-z and {Punctuation} (GS1 AI {ai}, character set 82), got '{bad}'";
    }

    public static bool IsCharacterSet82(char c) => char.IsAsciiLetterOrDigit(c) || Punctuation.Contains(c);
}
