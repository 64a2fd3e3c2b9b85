using System.Globalization;

namespace QualityMap.Grains.Enterprises;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — registration
/// authority (1), organisation type (1), administrative division code (6), organisation code (9, GB 11714),
/// check character (1). Codes are upper-case by standard; lowercase is rejected, never rewritten, because
/// the code is the enterprise's key everywhere in the service.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015 code character set: 31 characters; I, O, Z, S, V are left out. A character's value is its index.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 registration authority codes: 1-9, A (military), N (agriculture), Y (other).
    private const string RegistrationAuthorities = "123456789ANY";

    // GB 32100-2015 check character: weight of position i (1..17) is 3^(i-1) mod 31.
    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714-1997 check digit: weights of the 8 body characters of the organisation code.
    private static readonly int[] s_organisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>True when <paramref name="code"/> is a well-formed code with the right check character.</summary>
    public static bool IsValid(string? code) => Explain(code) is null;

    /// <summary>
    /// True when <paramref name="code"/> has the right length and an allowed character at every position,
    /// whether or not its check character is right; tells a malformed code from a mistyped one.
    /// </summary>
    public static bool IsWellFormed(string? code) => code is not null && DescribeFormatError(code) is null;

    /// <summary>Null when <paramref name="code"/> is valid; otherwise a short English reason.</summary>
    public static string? Explain(string? code)
    {
        if (code is null)
        {
            return "the code is missing";
        }

        var formatError = DescribeFormatError(code);
        if (formatError is not null)
        {
            return formatError;
        }

        var expected = ComputeCheckCharacter(code.AsSpan(0, Length - 1));
        return code[Length - 1] == expected
            ? null
            : $"wrong check character '{code[Length - 1]}' at position 18, expected '{expected}'";
    }

    /// <summary>The check character (position 18) for the first 17 characters of a code.</summary>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 code characters.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} characters, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException(
                    $"Character '{first17[i]}' at position {i + 1} is not a GB 32100 code character.", nameof(first17));
            }

            sum += value * s_weights[i];
        }

        // GB 32100-2015 check character: C18 = 31 − (Σ Ci×Wi mod 31); the value 31 is written as '0'.
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The full code: <paramref name="first17"/> followed by its check character (for test and demo data).</summary>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 code characters.</exception>
    public static string Create(ReadOnlySpan<char> first17)
    {
        var check = ComputeCheckCharacter(first17);
        return string.Concat(first17, new ReadOnlySpan<char>(in check));
    }

    /// <summary>
    /// A random valid code of an industrial and commercial enterprise (authority '9', type '1') registered in
    /// <paramref name="divisionCode6"/>, whose organisation code carries a valid GB 11714 check character.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="divisionCode6"/> is not 6 digits.</exception>
    public static string Generate(Random random, string divisionCode6)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(divisionCode6);
        if (divisionCode6.Length != 6 || !divisionCode6.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Expected a 6-digit division code, got '{divisionCode6}'.", nameof(divisionCode6));
        }

        Span<char> first17 = stackalloc char[Length - 1];
        first17[0] = '9';
        first17[1] = '1';
        divisionCode6.AsSpan().CopyTo(first17[2..]);
        var body = first17.Slice(8, 8);
        for (var i = 0; i < body.Length; i++)
        {
            // Drawn from the GB 32100 alphabet so the organisation code stays inside the credit code's character set.
            body[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        first17[16] = ComputeOrganisationCodeCheck(body);
        return Create(first17);
    }

    private static string? DescribeFormatError(string code)
    {
        if (code.Length != Length)
        {
            return $"wrong length: must be {Length} characters, got {code.Length}";
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (char.IsAsciiLetterLower(c))
            {
                return $"lowercase character '{c}' at position {i + 1}: codes are upper-case";
            }

            if (Alphabet.IndexOf(c) < 0)
            {
                return $"character {Describe(c)} not allowed at position {i + 1} (I, O, Z, S, V and symbols never occur)";
            }
        }

        if (RegistrationAuthorities.IndexOf(code[0]) < 0)
        {
            return $"registration authority code '{code[0]}' at position 1 is not one of 1-9, A, N, Y";
        }

        // GB 32100-2015 organisation type codes are the digits 1-9.
        if (code[1] is < '1' or > '9')
        {
            return $"character '{code[1]}' not allowed at position 2: the organisation type code is a digit 1-9";
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return $"character '{code[i]}' not allowed at position {i + 1}: positions 3-8 are the administrative division code (digits)";
            }
        }

        return null;
    }

    // Spaces and control characters are invisible in a quoted message, so they are named by code point.
    private static string Describe(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
            ? $"U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}"
            : $"'{c}'";

    private static char ComputeOrganisationCodeCheck(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < body8.Length; i++)
        {
            // GB 11714-1997 check digit: digits count as themselves, letters A-Z as 10-35.
            var c = body8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * s_organisationCodeWeights[i];
        }

        // GB 11714-1997 check digit: C9 = 11 − (Σ mod 11); 10 is written 'X', 11 is written '0'.
        return (11 - sum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
