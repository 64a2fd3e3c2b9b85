using QualityMap.Api.Codes.Signing;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Codes;

/// <summary>The signed token alone: it matches the documented scheme and every alteration is refused.</summary>
public sealed class CodeTokenTests
{
    private static readonly SigningKey First = new("k1", TestSignature.FirstSecret);
    private static readonly SigningKey Second = new("k2", TestSignature.SecondSecret);
    private static readonly SigningKeyRing Ring = new([First, Second], "k2");
    private static readonly string Uscc = TestEvents.Uscc(41);

    [Fact]
    public void ATokenIsTheIdTheKeyIdAndA96BitSignatureAsDocumented()
    {
        var token = CodeToken.Sign(Uscc, First);

        Assert.Equal(TestSignature.Token(Uscc, "k1", TestSignature.FirstSecret), token);
        Assert.Equal(16, token.Split('.')[2].Length);
        Assert.Equal(Uscc, CodeToken.Verify(token, Ring));
        Assert.Equal(Uscc, CodeToken.Verify(CodeToken.Sign(Uscc, Second), Ring));
    }

    [Fact]
    public void EveryAlteredCharacterMakesTheTokenInvalid()
    {
        var token = CodeToken.Sign(Uscc, First);
        for (var i = 0; i < token.Length; i++)
        {
            foreach (var replacement in "0Aa_-.")
            {
                if (token[i] == replacement) continue;
                var altered = token[..i] + replacement + token[(i + 1)..];
                Assert.True(CodeToken.Verify(altered, Ring) is null, $"'{altered}' verified");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a.b.c.d")]
    [InlineData("91350100M000100Y43.k1.AAAAAAAAAAAAAAAA")]
    [InlineData("91350100M000100Y43.k1.AAAAAAAAAAAAAAA=")]
    public void MalformedTokensAreInvalid(string token) => Assert.Null(CodeToken.Verify(token, Ring));
}
