using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Tests.Ingestion;

public sealed class EventParserTests
{
    private const string Uscc = "91350100M000100Y43";
    private const string Town = "330402007";
    private const string OtherTown = "330402001";
    private const string County = "330402";
    private const string OccurredAt = "2026-11-20T09:30:00+08:00";

    private static readonly DateTimeOffset s_now = new(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset s_occurredAtValue = new(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly FakeContext _context = new();
    private readonly EventValidationOptions _options = new();

    public static TheoryData<string> AllKinds => new(EventKinds.All);

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void EveryKindParsesToItsRecord(string kind)
    {
        var result = Parse(ValidItem(kind));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Empty(result.Errors);
        Assert.Equal("sx-2026-000123", result.EventId);
        Assert.Equal(kind, result.Event.Kind);
        AssertEventEqual(ExpectedEvent(kind), result.Event);
    }

    [Fact]
    public void EveryKindHasAValidExample() =>
        Assert.Equal(EventKinds.All.Count, EventKinds.All.Select(kind => ExpectedEvent(kind).GetType()).Distinct().Count());

    [Fact]
    public void OptionalFieldsMayBeOmittedOrBlank()
    {
        var omitted = ValidItem(EventKinds.AdministrativePenalty);
        omitted.Remove("violation");
        var blank = ValidItem(EventKinds.AdministrativePenalty);
        blank["violation"] = "  ";
        var nulled = ValidItem(EventKinds.EnterpriseRegistered);
        nulled["licenceNo"] = null;

        Assert.Null(Assert.IsType<AdministrativePenalty>(Parse(omitted).Event).Violation);
        Assert.Null(Assert.IsType<AdministrativePenalty>(Parse(blank).Event).Violation);
        Assert.Null(Assert.IsType<EnterpriseRegistered>(Parse(nulled).Event).LicenceNo);
    }

    [Fact]
    public void TextIsTrimmed()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["batchNo"] = "  CC2026-0456 ";

        var parsed = Assert.IsType<SamplingResult>(Parse(item).Event);

        Assert.Equal("CC2026-0456", parsed.BatchNo);
    }

    [Fact]
    public void AnItemThatIsNotAnObjectIsRejected()
    {
        var result = EventParser.Parse(JsonDocument.Parse("[1, 2]").RootElement, _context, _options);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new FieldError("", FieldRules.Type, "The event must be a JSON object, got array."), error);
        Assert.Null(result.EventId);
    }

    [Fact]
    public void WrongCheckCharacterIsRejected()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["uscc"] = "91350100M000100Y44";

        var error = AssertSingleError(Parse(item), "uscc", FieldRules.UsccCheckCharacter);

        Assert.Contains("expected '3'", error.Message);
    }

    [Theory]
    [InlineData("91350100m000100Y43", "lowercase")]
    [InlineData("91350100M000100Y4", "wrong length")]
    [InlineData("91350100M000100Y433", "wrong length")]
    [InlineData("91350100MO00100Y43", "not allowed at position 10")]
    [InlineData(" 91350100M000100Y4", "not allowed at position 1")]
    [InlineData("B1350100M000100Y43", "registration authority")]
    public void MalformedUsccIsRejected(string uscc, string reason)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["uscc"] = uscc;

        var error = AssertSingleError(Parse(item), "uscc", FieldRules.UsccFormat);

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void UnknownKindIsRejectedWithTheAllowedKinds()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["kind"] = "sampling_results";

        var error = AssertSingleError(Parse(item), "kind", FieldRules.UnknownKind);

        Assert.All(EventKinds.All, kind => Assert.Contains(kind, error.Message));
    }

    [Fact]
    public void KindIsCaseSensitive()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["kind"] = "Sampling_Result";

        AssertSingleError(Parse(item), "kind", FieldRules.UnknownKind);
    }

    [Theory]
    [InlineData("2026-11-20T12:05:00+08:00")]
    [InlineData("2026-11-20T04:05:00Z")]
    [InlineData("2026-11-20T12:04:59.9999999+08:00")]
    public void TimesWithinTheClockSkewAreAccepted(string occurredAt)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = occurredAt;

        var result = Parse(item);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture), result.Event.OccurredAt);
    }

    [Theory]
    [InlineData("2026-11-20T12:05:00.0000001+08:00")]
    [InlineData("2026-11-20T12:05:01+08:00")]
    [InlineData("2026-11-20T04:05:01Z")]
    [InlineData("2027-01-01T00:00:00+08:00")]
    public void TimesBeyondTheClockSkewAreRejected(string occurredAt)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = occurredAt;

        AssertSingleError(Parse(item), "occurredAt", FieldRules.NotInFuture);
    }

    [Fact]
    public void ClockSkewComesFromOptions()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = "2026-11-20T12:05:00+08:00";
        _options.AllowedClockSkew = TimeSpan.Zero;

        AssertSingleError(Parse(item), "occurredAt", FieldRules.NotInFuture);
    }

    [Theory]
    [InlineData("1999-12-31T23:59:59Z", false)]
    [InlineData("2000-01-01T07:59:59+08:00", false)]
    [InlineData("2000-01-01T00:00:00Z", true)]
    public void TimesBeforeTheEarliestAreRejected(string occurredAt, bool accepted)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = occurredAt;

        var result = Parse(item);

        if (accepted)
        {
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        }
        else
        {
            AssertSingleError(result, "occurredAt", FieldRules.TooOld);
        }
    }

    [Theory]
    [InlineData("2026-11-20T09:30:00")]
    [InlineData("2026-11-20T09:30")]
    [InlineData("2026-11-20")]
    public void TimesWithoutOffsetAreRejected(string occurredAt)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = occurredAt;

        AssertSingleError(Parse(item), "occurredAt", FieldRules.OffsetRequired);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-20 09:30:00+08:00")]
    [InlineData("2026-11-31T09:30:00+08:00")]
    [InlineData("20/11/2026 09:30")]
    public void TimesThatAreNotIsoDateTimesAreRejected(string occurredAt)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = occurredAt;

        AssertSingleError(Parse(item), "occurredAt", FieldRules.DateTime);
    }

    [Fact]
    public void TimeAsNumberIsATypeError()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["occurredAt"] = 1763602200;

        AssertSingleError(Parse(item), "occurredAt", FieldRules.Type);
    }

    [Theory]
    [InlineData(EventKinds.EnterpriseRegistered)]
    [InlineData(EventKinds.EnterpriseMoved)]
    public void UnknownTownIsRejected(string kind)
    {
        var item = ValidItem(kind);
        item["townCode"] = "330402999";

        var error = AssertSingleError(Parse(item), "townCode", FieldRules.UnknownTown);

        Assert.Contains("330402999", error.Message);
    }

    [Theory]
    [InlineData(EventKinds.EnterpriseRegistered)]
    [InlineData(EventKinds.EnterpriseMoved)]
    public void CountyGivenAsTownIsRejected(string kind)
    {
        var item = ValidItem(kind);
        item["townCode"] = County;

        AssertSingleError(Parse(item), "townCode", FieldRules.NotATown);
    }

    [Theory]
    [InlineData(EventKinds.SamplingResult)]
    [InlineData(EventKinds.ReinspectionResult)]
    public void BooleanGivenAsStringIsRejected(string kind)
    {
        var item = ValidItem(kind);
        item["passed"] = "false";

        var error = AssertSingleError(Parse(item), "passed", FieldRules.Type);

        Assert.Equal("Field 'passed' must be a JSON boolean (true or false), got a string.", error.Message);
    }

    [Fact]
    public void BooleanGivenAsNumberIsRejected()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["passed"] = 0;

        AssertSingleError(Parse(item), "passed", FieldRules.Type);
    }

    public static TheoryData<string, string> RequiredFields => new()
    {
        { EventKinds.SamplingResult, "eventId" },
        { EventKinds.SamplingResult, "uscc" },
        { EventKinds.SamplingResult, "occurredAt" },
        { EventKinds.SamplingResult, "batchNo" },
        { EventKinds.SamplingResult, "productCode" },
        { EventKinds.SamplingResult, "passed" },
        { EventKinds.AdministrativePenalty, "decisionNo" },
        { EventKinds.LicenceRevoked, "licenceNo" },
        { EventKinds.LicenceSuspended, "licenceNo" },
        { EventKinds.LicenceRestored, "licenceNo" },
        { EventKinds.UnlicensedProductionFound, "productCode" },
        { EventKinds.ReinspectionResult, "productCode" },
        { EventKinds.ReinspectionResult, "passed" },
        { EventKinds.DishonestyListed, "listingNo" },
        { EventKinds.DishonestyDelisted, "listingNo" },
        { EventKinds.SamplingRefused, "uscc" },
        { EventKinds.QualityAccident, "description" },
        { EventKinds.EnterpriseRegistered, "name" },
        { EventKinds.EnterpriseRegistered, "townCode" },
        { EventKinds.EnterpriseRegistered, "products" },
        { EventKinds.EnterpriseMoved, "townCode" },
        { EventKinds.EnterpriseClosed, "occurredAt" },
    };

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void MissingRequiredFieldIsRejected(string kind, string field)
    {
        var item = ValidItem(kind);
        item.Remove(field);

        var error = AssertSingleError(Parse(item), field, FieldRules.Required);

        Assert.Equal($"Field '{field}' is required.", error.Message);
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void NullRequiredFieldCountsAsMissing(string kind, string field)
    {
        var item = ValidItem(kind);
        item[field] = null;

        AssertSingleError(Parse(item), field, FieldRules.Required);
    }

    [Fact]
    public void MissingKindSkipsTheKindFieldsButChecksTheRest()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item.Remove("kind");
        item["uscc"] = "bad";

        var result = Parse(item);

        Assert.Equal(
            new[] { ("kind", FieldRules.Required), ("uscc", FieldRules.UsccFormat) },
            result.Errors.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void UnknownFieldIsRejected()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["passd"] = false;

        var error = AssertSingleError(Parse(item), "passd", FieldRules.UnknownField);

        Assert.Contains("sampling_result", error.Message);
        Assert.Contains("passed", error.Message);
    }

    [Fact]
    public void FieldNamesAreCaseSensitive()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item.Remove("passed");
        item["Passed"] = false;

        var result = Parse(item);

        Assert.Equal(
            new[] { ("passed", FieldRules.Required), ("Passed", FieldRules.UnknownField) },
            result.Errors.Select(e => (e.Field, e.Rule)));
        Assert.Contains("did you mean 'passed'", result.Errors[1].Message);
    }

    [Fact]
    public void FieldsOfAnotherKindAreUnknown()
    {
        var item = ValidItem(EventKinds.EnterpriseClosed);
        item["townCode"] = Town;

        AssertSingleError(Parse(item), "townCode", FieldRules.UnknownField);
    }

    [Fact]
    public void DuplicateFieldIsRejected()
    {
        var json = ValidItem(EventKinds.SamplingResult).ToJsonString().Replace("\"passed\":false", "\"passed\":false,\"passed\":true");

        var result = EventParser.Parse(JsonDocument.Parse(json).RootElement, _context, _options);

        AssertSingleError(result, "passed", FieldRules.DuplicateField);
    }

    [Fact]
    public void SeveralErrorsAreReportedTogether()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["uscc"] = "91350100M000100Y44";
        item["occurredAt"] = "2026-12-20T09:30:00+08:00";
        item["passed"] = "no";
        item["batchNo"] = "";
        item["passd"] = false;

        var result = Parse(item);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Event);
        Assert.Equal("sx-2026-000123", result.EventId);
        Assert.Equal(
            new[]
            {
                ("uscc", FieldRules.UsccCheckCharacter),
                ("occurredAt", FieldRules.NotInFuture),
                ("batchNo", FieldRules.Empty),
                ("passed", FieldRules.Type),
                ("passd", FieldRules.UnknownField),
            },
            result.Errors.Select(e => (e.Field, e.Rule)));
        Assert.All(result.Errors, e => Assert.Contains($"'{e.Field}'", e.Message));
    }

    [Theory]
    [InlineData("", FieldRules.Empty, null)]
    [InlineData("sx 2026", FieldRules.Pattern, "sx 2026")]
    [InlineData("sx/2026", FieldRules.Pattern, "sx/2026")]
    [InlineData("抽检-1", FieldRules.Pattern, "抽检-1")]
    public void BadEventIdIsRejectedAndEchoedWhenReadable(string eventId, string rule, string? echoed)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["eventId"] = eventId;

        var result = Parse(item);

        AssertSingleError(result, "eventId", rule);
        Assert.Equal(echoed, result.EventId);
    }

    [Fact]
    public void EventIdLengthIsLimitedToOneHundred()
    {
        var longest = ValidItem(EventKinds.SamplingResult);
        longest["eventId"] = "A:b.c_d-" + new string('9', 92);
        var tooLong = ValidItem(EventKinds.SamplingResult);
        tooLong["eventId"] = new string('x', 101);

        Assert.True(Parse(longest).IsSuccess);
        var result = Parse(tooLong);
        AssertSingleError(result, "eventId", FieldRules.MaxLength);
        Assert.Null(result.EventId);
    }

    [Fact]
    public void EventIdAsNumberIsATypeError()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["eventId"] = 123;

        var result = Parse(item);

        AssertSingleError(result, "eventId", FieldRules.Type);
        Assert.Null(result.EventId);
    }

    [Fact]
    public void TextLengthIsLimitedByOptions()
    {
        var longest = ValidItem(EventKinds.QualityAccident);
        longest["description"] = new string('事', 200);
        var tooLong = ValidItem(EventKinds.QualityAccident);
        tooLong["description"] = new string('事', 201);

        Assert.True(Parse(longest).IsSuccess);
        var error = AssertSingleError(Parse(tooLong), "description", FieldRules.MaxLength);
        Assert.Contains("at most 200 characters, got 201", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void BlankRequiredTextIsRejected(string text)
    {
        var item = ValidItem(EventKinds.LicenceRevoked);
        item["licenceNo"] = text;

        AssertSingleError(Parse(item), "licenceNo", FieldRules.Empty);
    }

    [Fact]
    public void OptionalFieldOfTheWrongTypeIsRejected()
    {
        var item = ValidItem(EventKinds.AdministrativePenalty);
        item["violation"] = 42;

        AssertSingleError(Parse(item), "violation", FieldRules.Type);
    }

    [Fact]
    public void TextThatIsNotUnicodeIsRejected()
    {
        var json = ValidItem(EventKinds.QualityAccident).ToJsonString().Replace("\"description\":\"", "\"description\":\"\\uD800");

        var result = EventParser.Parse(JsonDocument.Parse(json).RootElement, _context, _options);

        AssertSingleError(result, "description", FieldRules.Type);
    }

    [Fact]
    public void ProductsMustNotBeEmpty()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"] = new JsonArray();

        AssertSingleError(Parse(item), "products", FieldRules.Empty);
    }

    [Fact]
    public void ProductsMustBeAnArray()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"] = Product("0801", "电线电缆", 1);

        AssertSingleError(Parse(item), "products", FieldRules.Type);
    }

    [Fact]
    public void ProductsAreLimitedToTwoHundred()
    {
        var most = ValidItem(EventKinds.EnterpriseRegistered);
        most["products"] = Products(200);
        var tooMany = ValidItem(EventKinds.EnterpriseRegistered);
        tooMany["products"] = Products(201);

        Assert.Equal(200, Assert.IsType<EnterpriseRegistered>(Parse(most).Event).Products.Count);
        AssertSingleError(Parse(tooMany), "products", FieldRules.MaxItems);
    }

    [Theory]
    [InlineData("0", FieldRules.Range)]
    [InlineData("4", FieldRules.Range)]
    [InlineData("-1", FieldRules.Range)]
    [InlineData("1.5", FieldRules.Type)]
    [InlineData("\"1\"", FieldRules.Type)]
    [InlineData("true", FieldRules.Type)]
    [InlineData("99999999999", FieldRules.Type)]
    public void ProductGradeMustBeAnIntegerFromOneToThree(string grade, string rule)
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"]![1]!["grade"] = JsonNode.Parse(grade);

        var error = AssertSingleError(Parse(item), "products[1].grade", rule);

        Assert.Contains("1 to 3", error.Message);
    }

    [Fact]
    public void ProductFieldsAreRequired()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"]![0] = new JsonObject { ["code"] = "0801" };

        var result = Parse(item);

        Assert.Equal(
            new[] { ("products[0].name", FieldRules.Required), ("products[0].grade", FieldRules.Required) },
            result.Errors.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void ProductThatIsNotAnObjectIsRejected()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"]![1] = "0802";

        AssertSingleError(Parse(item), "products[1]", FieldRules.Type);
    }

    [Fact]
    public void UnknownProductFieldIsRejected()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"]![0]!["colour"] = "red";

        var error = AssertSingleError(Parse(item), "products[0].colour", FieldRules.UnknownField);

        Assert.Contains("a product", error.Message);
    }

    [Fact]
    public void DuplicateProductCodesAreRejected()
    {
        var item = ValidItem(EventKinds.EnterpriseRegistered);
        item["products"] = new JsonArray(Product("0801", "电线电缆", 1), Product("0802", "燃气具", 2), Product("0801", "电线", 3));

        var error = AssertSingleError(Parse(item), "products[2].code", FieldRules.Duplicate);

        Assert.Contains("products[0]", error.Message);
    }

    public static TheoryData<string> ProductKinds =>
        new(EventKinds.SamplingResult, EventKinds.ReinspectionResult, EventKinds.UnlicensedProductionFound, EventKinds.QualityAccident);

    [Theory]
    [MemberData(nameof(ProductKinds))]
    public void AProductEventMayNameItsBrandAndNiceClass(string kind)
    {
        var item = ValidItem(kind);
        item["brand"] = " 正泰 ";
        item["niceClass"] = 9;

        var parsed = Assert.IsAssignableFrom<IProductEvent>(Parse(item).Event);

        Assert.Equal(("正泰", 9), (parsed.Brand, parsed.NiceClass));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("45", true)]
    [InlineData("0", false)]
    [InlineData("46", false)]
    public void TheNiceClassIsOneToFortyFive(string niceClass, bool valid)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["brand"] = "正泰";
        item["niceClass"] = JsonNode.Parse(niceClass);

        if (valid) Assert.True(Parse(item).IsSuccess);
        else Assert.Contains("from 1 to 45", AssertSingleError(Parse(item), "niceClass", FieldRules.Range).Message);
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("\"9\"")]
    [InlineData("9.5")]
    public void ANiceClassThatIsNotAnIntegerIsATypeError(string niceClass)
    {
        var item = ValidItem(EventKinds.ReinspectionResult);
        item["brand"] = "正泰";
        item["niceClass"] = JsonNode.Parse(niceClass);

        AssertSingleError(Parse(item), "niceClass", FieldRules.Type);
    }

    [Fact]
    public void ABrandWithoutNiceClassIsRefused()
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["brand"] = "正泰";

        var error = AssertSingleError(Parse(item), "niceClass", FieldRules.RequiredWith);

        Assert.Contains("'brand'", error.Message);
    }

    [Fact]
    public void ANiceClassWithoutBrandIsRefused()
    {
        var item = ValidItem(EventKinds.QualityAccident);
        item["niceClass"] = 11;

        AssertSingleError(Parse(item), "brand", FieldRules.RequiredWith);
    }

    [Theory]
    [InlineData("  ", FieldRules.Empty)]
    [InlineData("品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品牌品", FieldRules.MaxLength)]
    public void TheBrandIsABoundedNonEmptyText(string brand, string rule)
    {
        var item = ValidItem(EventKinds.SamplingResult);
        item["brand"] = brand;
        item["niceClass"] = 9;

        AssertSingleError(Parse(item), "brand", rule);
    }

    [Fact]
    public void AnEventThatConcernsNoProductHasNoBrand()
    {
        var item = ValidItem(EventKinds.AdministrativePenalty);
        item["brand"] = "正泰";
        item["niceClass"] = 9;

        var result = Parse(item);

        Assert.Equal(["brand", "niceClass"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(FieldRules.UnknownField, e.Rule));
    }

    private EventParseResult Parse(JsonObject item) =>
        EventParser.Parse(JsonSerializer.SerializeToElement(item), _context, _options);

    private static FieldError AssertSingleError(EventParseResult result, string field, string rule)
    {
        Assert.False(result.IsSuccess);
        Assert.Null(result.Event);
        var error = Assert.Single(result.Errors);
        Assert.Equal((field, rule), (error.Field, error.Rule));
        Assert.Contains($"'{field}'", error.Message);
        return error;
    }

    private static void AssertEventEqual(EnterpriseEvent expected, EnterpriseEvent actual)
    {
        // Records compare lists by reference, so the product list is compared item by item.
        if (expected is EnterpriseRegistered registered)
        {
            var parsed = Assert.IsType<EnterpriseRegistered>(actual);
            Assert.Equal(registered.Products, parsed.Products);
            Assert.Equal(registered, parsed with { Products = registered.Products });
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static JsonObject Product(string code, string name, int grade) =>
        new() { ["code"] = code, ["name"] = name, ["grade"] = grade };

    private static JsonArray Products(int count) =>
        new(Enumerable.Range(0, count).Select(i => (JsonNode?)Product($"P{i}", "产品", 3)).ToArray());

    private static JsonObject ValidItem(string kind)
    {
        var item = new JsonObject
        {
            ["eventId"] = "sx-2026-000123",
            ["kind"] = kind,
            ["uscc"] = Uscc,
            ["occurredAt"] = OccurredAt,
        };
        var fields = kind switch
        {
            EventKinds.SamplingResult => new JsonObject { ["batchNo"] = "CC2026-0456", ["productCode"] = "0801", ["passed"] = false },
            EventKinds.AdministrativePenalty => new JsonObject { ["decisionNo"] = "嘉市监罚〔2026〕12号", ["violation"] = "不合格产品冒充合格产品" },
            EventKinds.LicenceRevoked => new JsonObject { ["licenceNo"] = "XK06-001-00123" },
            EventKinds.LicenceSuspended => new JsonObject { ["licenceNo"] = "XK06-001-00123" },
            EventKinds.LicenceRestored => new JsonObject { ["licenceNo"] = "XK06-001-00124" },
            EventKinds.UnlicensedProductionFound => new JsonObject { ["productCode"] = "0802" },
            EventKinds.ReinspectionResult => new JsonObject { ["productCode"] = "0801", ["passed"] = true },
            EventKinds.DishonestyListed => new JsonObject { ["listingNo"] = "SX-2026-7" },
            EventKinds.DishonestyDelisted => new JsonObject { ["listingNo"] = "SX-2026-7" },
            EventKinds.SamplingRefused => new JsonObject { ["note"] = "拒绝抽样" },
            EventKinds.QualityAccident => new JsonObject { ["description"] = "电热毯起火" },
            EventKinds.EnterpriseRegistered => new JsonObject
            {
                ["name"] = "嘉兴某电器有限公司",
                ["townCode"] = Town,
                ["products"] = new JsonArray(Product("0801", "电线电缆", 1), Product("0802", "燃气具", 2)),
                ["licenceNo"] = "XK06-001-00123",
                ["address"] = "嘉兴市南湖区建设街道中山东路1号",
            },
            EventKinds.EnterpriseMoved => new JsonObject { ["townCode"] = OtherTown },
            EventKinds.EnterpriseClosed => new JsonObject { ["note"] = "注销" },
            EventKinds.BatchRegistered => new JsonObject
            {
                ["gtin"] = "06901234567892",
                ["lot"] = "L2026-1107A",
                ["productionDate"] = "2026-11-18",
                ["quantity"] = 5000,
                ["productCode"] = "0801",
                ["certificate"] = new JsonObject { ["number"] = "JC-2026-0815", ["issuer"] = "嘉兴市质量检验检测研究院", ["issuedOn"] = "2026-11-19" },
                ["serials"] = new JsonObject { ["first"] = "000001", ["last"] = "005000" },
                ["cccCertificateNo"] = "2026010401234567",
            },
            EventKinds.BatchRecalled => new JsonObject { ["gtin"] = "06901234567892", ["lot"] = "L2026-1107A", ["documentNo"] = "嘉市监召〔2026〕3号" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        foreach (var (name, value) in fields)
        {
            item[name] = value?.DeepClone();
        }

        return item;
    }

    private static EnterpriseEvent ExpectedEvent(string kind) => kind switch
    {
        EventKinds.SamplingResult => new SamplingResult
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue,
            BatchNo = "CC2026-0456", ProductCode = "0801", Passed = false,
        },
        EventKinds.AdministrativePenalty => new AdministrativePenalty
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue,
            DecisionNo = "嘉市监罚〔2026〕12号", Violation = "不合格产品冒充合格产品",
        },
        EventKinds.LicenceRevoked => new LicenceRevoked
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, LicenceNo = "XK06-001-00123",
        },
        EventKinds.LicenceSuspended => new LicenceSuspended
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, LicenceNo = "XK06-001-00123",
        },
        EventKinds.LicenceRestored => new LicenceRestored
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, LicenceNo = "XK06-001-00124",
        },
        EventKinds.UnlicensedProductionFound => new UnlicensedProductionFound
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, ProductCode = "0802",
        },
        EventKinds.ReinspectionResult => new ReinspectionResult
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, ProductCode = "0801", Passed = true,
        },
        EventKinds.DishonestyListed => new DishonestyListed
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, ListingNo = "SX-2026-7",
        },
        EventKinds.DishonestyDelisted => new DishonestyDelisted
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, ListingNo = "SX-2026-7",
        },
        EventKinds.SamplingRefused => new SamplingRefused
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, Note = "拒绝抽样",
        },
        EventKinds.QualityAccident => new QualityAccident
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, Description = "电热毯起火",
        },
        EventKinds.EnterpriseRegistered => new EnterpriseRegistered
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue,
            Name = "嘉兴某电器有限公司",
            TownCode = Town,
            Products = [new("0801", "电线电缆", ProductRiskGrade.Level1), new("0802", "燃气具", ProductRiskGrade.Level2)],
            LicenceNo = "XK06-001-00123",
            Address = "嘉兴市南湖区建设街道中山东路1号",
        },
        EventKinds.EnterpriseMoved => new EnterpriseMoved
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, TownCode = OtherTown,
        },
        EventKinds.EnterpriseClosed => new EnterpriseClosed
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue, Note = "注销",
        },
        EventKinds.BatchRegistered => new BatchRegistered
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue,
            Gtin = "06901234567892", Lot = "L2026-1107A", ProductionDate = new(2026, 11, 18), Quantity = 5000, ProductCode = "0801",
            Certificate = new("JC-2026-0815", "嘉兴市质量检验检测研究院", new(2026, 11, 19)),
            Serials = new("000001", "005000"), CccCertificateNo = "2026010401234567",
        },
        EventKinds.BatchRecalled => new BatchRecalled
        {
            EventId = "sx-2026-000123", Uscc = Uscc, OccurredAt = s_occurredAtValue,
            Gtin = "06901234567892", Lot = "L2026-1107A", DocumentNo = "嘉市监召〔2026〕3号",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // A few Jiaxing codes: the city, Nanhu district and two of its streets.
    private sealed class FakeContext : IEventValidationContext
    {
        private static readonly HashSet<string> s_towns = [Town, OtherTown];
        private static readonly HashSet<string> s_regions = ["330000", "330400", County, Town, OtherTown];

        public DateTimeOffset Now => s_now;

        public bool IsKnownRegion(string code) => s_regions.Contains(code);

        public bool IsTown(string code) => s_towns.Contains(code);
    }
}
