namespace QualityMap.Grains.Trace;

/// <summary>
/// A GTIN-14, the Global Trade Item Number of a product as GS1 Digital Link carries it (AI 01): 14 digits, the last a
/// GS1 mod-10 check digit (GS1 General Specifications §7.9.1). Shorter GTINs (EAN-13, UPC-A) are sent left-padded
/// with zeros to 14, as Digital Link requires; nothing is padded for the client, because the code is a key.
/// </summary>
public static class Gtin
{
    public const int Length = 14;

    /// <summary>Null when <paramref name="gtin"/> is a valid GTIN-14; otherwise a short English reason.</summary>
    public static string? Explain(string gtin)
    {
        if (gtin.Length != Length || !gtin.All(char.IsAsciiDigit))
            return $"must be {Length} digits (a GTIN-14; pad a GTIN-13 with a leading 0), got '{gtin}'";
        var expected = CheckDigit(gtin.AsSpan(0, Length - 1));
        return gtin[Length - 1] == expected
            ? null
            : $"has the wrong check digit '{gtin[Length - 1]}', expected '{expected}' (GS1 mod-10)";
    }

    /// <summary>True when <paramref name="gtin"/> has 14 digits, whether or not its check digit is right.</summary>
    public static bool IsWellFormed(string gtin) => gtin.Length == Length && gtin.All(char.IsAsciiDigit);

    /// <summary>
    /// The GS1 mod-10 check digit of <paramref name="digits"/> (the digits before it): weights 3 and 1 alternate from
    /// the rightmost digit, which weighs 3; the check digit brings the sum up to a multiple of 10.
    /// </summary>
    public static char CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
