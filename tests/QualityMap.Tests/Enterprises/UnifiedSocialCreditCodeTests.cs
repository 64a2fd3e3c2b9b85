using QualityMap.Grains.Enterprises;

namespace QualityMap.Tests.Enterprises;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static TheoryData<string> PublishedCodes => new()
    {
        "91350100M000100Y43", // the textbook example of GB 32100
        "91110000802100433B",
        "914403001922038216", // Huawei Technologies Co., Ltd.
        "9144030071526726XG", // Shenzhen Tencent Computer Systems Co., Ltd.
        "91440300708461136T", // Tencent Technology (Shenzhen) Co., Ltd.
    };

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void PublishedCodesAreValid(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.True(UnifiedSocialCreditCode.IsWellFormed(code));
        Assert.Null(UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void ComputeCheckCharacterAgreesWithPublishedCodes(string code)
    {
        Assert.Equal(code[17], UnifiedSocialCreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));
        Assert.Equal(code, UnifiedSocialCreditCode.Create(code.AsSpan(0, 17)));
    }

    [Fact]
    public void CheckValueThirtyOneIsWrittenAsZero()
    {
        // All-zero input sums to 0, so 31 − 0 = 31, which the standard writes as '0'.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000"));

        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("91330402MA2B0000F"));
        Assert.True(UnifiedSocialCreditCode.IsValid("91330402MA2B0000F0"));
    }

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    [InlineData("91330402MA2B0000F0")] // check value 31, written '0'
    public void EverySingleCharacterSubstitutionIsRejected(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        var replacements = CodeCharacters + "abcxyz" + "IOZSV" + " -*";
        for (var position = 0; position < code.Length; position++)
        {
            foreach (var replacement in replacements)
            {
                if (replacement == code[position])
                {
                    continue;
                }

                var mutated = code[..position] + replacement + code[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.IsValid(mutated), $"{mutated} (position {position + 1}) was accepted");
                Assert.NotNull(UnifiedSocialCreditCode.Explain(mutated));
            }
        }
    }

    [Fact]
    public void EveryGeneratedCodeRejectsEverySingleCharacterSubstitution()
    {
        var random = new Random(32100);
        for (var n = 0; n < 50; n++)
        {
            var code = UnifiedSocialCreditCode.Generate(random, "330402");
            for (var position = 0; position < code.Length; position++)
            {
                foreach (var replacement in CodeCharacters.Where(c => c != code[position]))
                {
                    var mutated = code[..position] + replacement + code[(position + 1)..];
                    Assert.False(UnifiedSocialCreditCode.IsValid(mutated), $"{mutated} (from {code}) was accepted");
                }
            }
        }
    }

    [Fact]
    public void WrongCheckCharacterNamesTheExpectedOne()
    {
        var reason = UnifiedSocialCreditCode.Explain("91350100M000100Y44");

        Assert.Equal("wrong check character '4' at position 18, expected '3'", reason);
        Assert.True(UnifiedSocialCreditCode.IsWellFormed("91350100M000100Y44"));
    }

    [Fact]
    public void LowercaseIsRejectedNotRewritten()
    {
        var reason = UnifiedSocialCreditCode.Explain("91350100m000100Y43");

        Assert.NotNull(reason);
        Assert.Contains("lowercase", reason);
        Assert.Contains("position 9", reason);
        Assert.False(UnifiedSocialCreditCode.IsWellFormed("91350100m000100Y43"));
        Assert.False(UnifiedSocialCreditCode.IsValid("91350100m000100y43"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    [InlineData(" 91350100M000100Y43", 19)]
    public void WrongLengthIsRejected(string code, int length)
    {
        Assert.Equal($"wrong length: must be 18 characters, got {length}", UnifiedSocialCreditCode.Explain(code));
        Assert.False(UnifiedSocialCreditCode.IsWellFormed(code));
    }

    [Fact]
    public void NullIsRejected()
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(null));
        Assert.False(UnifiedSocialCreditCode.IsWellFormed(null));
        Assert.Equal("the code is missing", UnifiedSocialCreditCode.Explain(null));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void LettersOutsideTheCodeSetAreRejected(char letter)
    {
        var code = "91350100M" + letter + "00100Y43";

        var reason = UnifiedSocialCreditCode.Explain(code);

        Assert.NotNull(reason);
        Assert.StartsWith($"character '{letter}' not allowed at position 10", reason);
    }

    [Fact]
    public void InvisibleCharactersAreNamedByCodePoint()
    {
        Assert.StartsWith("character U+0020 not allowed at position 9", UnifiedSocialCreditCode.Explain("91350100 000100Y43"));
        Assert.StartsWith("character '中' not allowed at position 9", UnifiedSocialCreditCode.Explain("91350100中000100Y43"));
    }

    [Theory]
    [InlineData('B')]
    [InlineData('0')]
    [InlineData('X')]
    public void UnknownRegistrationAuthorityIsRejected(char authority)
    {
        // Correct check character, so only the authority is wrong.
        var code = UnifiedSocialCreditCode.Create(authority + "1350100M000100Y4");

        var reason = UnifiedSocialCreditCode.Explain(code);

        Assert.Equal($"registration authority code '{authority}' at position 1 is not one of 1-9, A, N, Y", reason);
    }

    [Theory]
    [InlineData("Y1350100M000100Y4")]
    [InlineData("N2350100M000100Y4")]
    [InlineData("A1350100M000100Y4")]
    [InlineData("51350100M000100Y4")]
    public void OtherRegistrationAuthoritiesAreAccepted(string first17) =>
        Assert.True(UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Create(first17)));

    [Theory]
    [InlineData("90350100M000100Y4", 2)]
    [InlineData("9A350100M000100Y4", 2)]
    [InlineData("913501A0M000100Y4", 7)]
    public void NonDigitsInTypeOrDivisionCodeAreRejected(string first17, int position)
    {
        var reason = UnifiedSocialCreditCode.Explain(UnifiedSocialCreditCode.Create(first17));

        Assert.NotNull(reason);
        Assert.Contains($"not allowed at position {position}", reason);
    }

    [Fact]
    public void GeneratedCodesAreValidEnterpriseCodesOfTheGivenDivision()
    {
        var random = new Random(7);
        for (var n = 0; n < 1000; n++)
        {
            var code = UnifiedSocialCreditCode.Generate(random, "330402");

            Assert.True(UnifiedSocialCreditCode.IsValid(code), code);
            Assert.StartsWith("91330402", code);
            Assert.True(HasValidOrganisationCodeCheck(code.AsSpan(8, 9)), code);
        }
    }

    [Fact]
    public void GenerateIsRepeatableWithTheSameSeed()
    {
        var first = UnifiedSocialCreditCode.Generate(new Random(42), "330411");
        var second = UnifiedSocialCreditCode.Generate(new Random(42), "330411");

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("33040")]
    [InlineData("3304021")]
    [InlineData("33040A")]
    public void GenerateRejectsADivisionCodeThatIsNotSixDigits(string divisionCode) =>
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.Generate(new Random(1), divisionCode));

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91350100M000100I4")]
    [InlineData("91350100m000100Y4")]
    public void CreateRejectsInputThatIsNotSeventeenCodeCharacters(string first17) =>
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.Create(first17));

    // GB 11714-1997, computed independently of the class under test.
    private static bool HasValidOrganisationCodeCheck(ReadOnlySpan<char> organisationCode)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = organisationCode[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }

        var check = 11 - sum % 11;
        var expected = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
        return organisationCode[8] == expected;
    }
}
