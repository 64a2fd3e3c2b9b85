using QualityMap.Grains.Trace;

namespace QualityMap.Tests.Trace;

public sealed class Gs1RulesTests
{
    [Theory]
    [InlineData("09506000134352")] // GS1 Digital Link standard's example
    [InlineData("70614141123451")] // EPCIS 2.0 example 9.6.1
    [InlineData("06901234567892")] // an EAN-13 of the 690 prefix (China), padded to 14
    public void RealGtinsAreValid(string gtin) => Assert.Null(Gtin.Explain(gtin));

    [Fact]
    public void AWrongCheckDigitNamesTheExpectedOne()
    {
        var reason = Gtin.Explain("09506000134353");

        Assert.NotNull(reason);
        Assert.Contains("expected '2'", reason);
        Assert.True(Gtin.IsWellFormed("09506000134353"));
    }

    [Theory]
    [InlineData("9506000134352")]   // 13 digits: a GTIN-13 not padded
    [InlineData("095060001343521")] // 15 digits
    [InlineData("0950600013435X")]
    [InlineData("０９５０６０００１３４３５２")] // full-width digits are not ASCII digits
    public void AnythingButFourteenDigitsIsMalformed(string gtin)
    {
        Assert.Contains("14 digits", Gtin.Explain(gtin));
        Assert.False(Gtin.IsWellFormed(gtin));
    }

    [Fact]
    public void TheCheckDigitOfEveryPrefixIsTheOneThatMakesTheSumAMultipleOfTen()
    {
        // Brute force over the 10 candidates of a few bodies: exactly one digit is valid, and it is CheckDigit's.
        foreach (var body in new[] { "0950600013435", "0000000000000", "9999999999999", "1234567890123" })
        {
            var valid = Enumerable.Range(0, 10).Where(d => Gtin.Explain(body + d) is null).ToArray();
            Assert.Equal([Gtin.CheckDigit(body) - '0'], valid);
        }
    }

    [Theory]
    [InlineData("ABC123", true)]
    [InlineData("2026-11/A.1", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("123456789012345678901", false)] // 21 characters
    [InlineData("", false)]
    [InlineData("LOT 1", false)]                 // space is not in set 82
    [InlineData("批次1", false)]
    [InlineData("A#1", false)]
    public void LotsAreOneToTwentyCharactersOfSet82(string lot, bool valid) =>
        Assert.Equal(valid, Gs1Text.Explain(lot, "10") is null);
}
