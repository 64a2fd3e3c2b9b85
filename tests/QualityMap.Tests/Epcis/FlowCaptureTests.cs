using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Epcis;

/// <summary>
/// A batch from its producer through two sellers, captured as EPCIS 2.0 documents by the sellers themselves: the
/// reverse trace finds every holder with its town, a seller records only its own flow, a correction is an error
/// declaration, and every refusal names the JSON Pointer of the fault.
/// </summary>
public sealed class FlowCaptureTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    private const string Lot = TradeChain.Lot;

    private readonly string _producer = TestEvents.Uscc(1);
    private readonly string _wholesaler = TestEvents.Uscc(2, "330411");
    private readonly string _shop = TestEvents.Uscc(3, "330421");

    [Fact]
    public async Task TheReverseTraceFindsEveryHolderWithWhatItHoldsAndWhere()
    {
        var (factory, wholesaler, shop) = await FlowAsync();

        var holders = (await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}/holders?lot={Lot}"))["holders"]!.AsArray();

        var byParty = holders.ToDictionary(h => h!["party"]!["uscc"]!.GetValue<string>(), h => h!.AsObject());
        Assert.Equal(3, byParty.Count);
        AssertHolder(byParty[_producer], "producer", "南湖区", "建设街道", onHand: 4000, shipped: 1000);
        AssertHolder(byParty[_wholesaler], "seller", "秀洲区", "新城街道", onHand: 700, shipped: 300);
        AssertHolder(byParty[_shop], "seller", "嘉善县", "大云镇", onHand: 280, shipped: 0);
        Assert.Equal(20, byParty[_shop]["sold"]!.GetValue<decimal>());
        Assert.Equal(_wholesaler, byParty[_shop]["receivedFrom"]![0]!.GetValue<string>());
        _ = (factory, wholesaler, shop);
    }

    [Fact]
    public async Task TheHoldersCsvHasOneRowPerHolderUnderChineseHeaders()
    {
        await FlowAsync();

        var response = await Host.Client.GetAsync($"/api/batches/{TestBatches.Gtin}/holders.csv?lot={Lot}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("统一社会信用代码,名称,类型,县（市、区）,乡镇（街道）", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(_shop, StringComparison.Ordinal) && l.Contains(",销售者,嘉善县,大云镇,") && l.Contains(",300,0,20,280,"));
    }

    [Fact]
    public async Task ACountyBureauSeesTheHoldersInItsCountyOnly()
    {
        await FlowAsync();
        var county = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou", Grains.Identity.Role.CountyBureau, "330411"));

        var holders = JsonNode.Parse(await county.GetStringAsync($"/api/batches/{TestBatches.Gtin}/holders?lot={Lot}"))!["holders"]!.AsArray();

        Assert.Equal([_wholesaler], holders.Select(h => h!["party"]!["uscc"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ASellerRecordsOnlyItsOwnFlowAndNothingOfARefusedDocumentIsKept()
    {
        var (_, wholesaler, _) = await FlowAsync();
        var before = await Host.JournalLengthAsync();
        var now = Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var own = TestFlow.Event("shipping", _wholesaler, _shop, Lot, 10, now);
        var someoneElses = TestFlow.Event("shipping", _shop, _wholesaler, Lot, 10, now);

        var response = await wholesaler.CaptureAsync(TestFlow.Document(own, someoneElses));

        await AssertRefusedAsync(response, "/epcisBody/eventList/1/sourceList", "own-events-only");
        Assert.Equal(before, await Host.JournalLengthAsync());
    }

    [Fact]
    public async Task AnErrorDeclarationRetractsAnEventAndAResentDocumentCountsOnce()
    {
        var (_, _, shop) = await FlowAsync();
        var sale = TestFlow.Event("retail_selling", _shop, null, Lot, 20, At(40));
        var declared = (JsonObject)sale.DeepClone();
        declared["errorDeclaration"] = new JsonObject { ["declarationTime"] = At(50).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz"), ["reason"] = "incorrect_data" };

        var resent = await shop.CaptureAsync(TestFlow.Document(sale));
        var correction = await shop.CaptureAsync(TestFlow.Document(declared));
        await Host.SettleAsync();

        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.Equal(1, (await resent.Content.ReadFromJsonAsync<JsonObject>())!["duplicates"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Accepted, correction.StatusCode);
        var holders = (await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}/holders?lot={Lot}"))["holders"]!.AsArray();
        var shopRow = holders.Single(h => h!["party"]!["uscc"]!.GetValue<string>() == _shop)!;
        Assert.Equal((0m, 300m), (shopRow["sold"]!.GetValue<decimal>(), shopRow["onHand"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task AnEventIdIsTheCbvEventHashAndTheCaptureJobIsFinished()
    {
        var (_, wholesaler, _) = await FlowAsync();
        var @event = TestFlow.Event("shipping", _wholesaler, _shop, Lot, 5, At(60));

        var response = await wholesaler.CaptureAsync(TestFlow.Document(@event));
        var job = await wholesaler.GetFromJsonAsync<JsonObject>(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var expected = (await ReferenceEventHash.IdsAsync(new JsonArray(TestFlow.Context), [@event]))[0];
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonObject>())!["eventIDs"]![0]!.GetValue<string>());
        Assert.True(job!["success"]!.GetValue<bool>());
        Assert.False(job["running"]!.GetValue<bool>());
    }

    [Fact]
    public async Task APhoneRecordBecomesTheSellersOwnEventAndCountsInTheTrace()
    {
        var (_, wholesaler, shop) = await FlowAsync();

        var sale = await shop.PostAsJsonAsync("/api/trade", new { step = "retail_selling", code = $"{PublicBaseUrl}/01/{TestBatches.Gtin}/10/{Lot}", quantity = 5 });
        var receipt = await wholesaler.PostAsJsonAsync("/api/trade", new { step = "receiving", code = TestFlow.Class(Lot), quantity = 50, counterparty = _producer });
        await Host.SettleAsync();

        Assert.Equal(HttpStatusCode.Accepted, sale.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, receipt.StatusCode);
        var holders = (await Host.GetJsonAsync($"/api/batches/{TestBatches.Gtin}/holders?lot={Lot}"))["holders"]!.AsArray();
        var shopRow = holders.Single(h => h!["party"]!["uscc"]!.GetValue<string>() == _shop)!;
        var wholesalerRow = holders.Single(h => h!["party"]!["uscc"]!.GetValue<string>() == _wholesaler)!;
        Assert.Equal(25m, shopRow["sold"]!.GetValue<decimal>());
        Assert.Equal(1050m, wholesalerRow["received"]!.GetValue<decimal>());
        var events = JsonNode.Parse(await shop.GetStringAsync($"/epcis/events?EQ_bizStep=retail_selling"))!.AsObject();
        EpcisSchema.AssertValid(events);
        Assert.Equal(2, events["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{"step":"receiving","code":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A","quantity":5}""", "counterparty", "required-with")]
    [InlineData("""{"step":"sold","code":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A","quantity":5}""", "step", "one-of")]
    [InlineData("""{"step":"retail_selling","code":"https://qm.example.gov.cn/v/abc","quantity":5}""", "code", "trace-code")]
    [InlineData("""{"step":"retail_selling","code":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A","quantity":0}""", "quantity", "range")]
    [InlineData("""{"step":"retail_selling","code":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A/21/7","quantity":2}""", "quantity", "range")]
    [InlineData("""{"step":"retail_selling","code":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A","quantity":1,"price":3}""", "price", "unknown-field")]
    public async Task ABadPhoneRecordIsRefusedNamingTheFieldAndTheRule(string body, string field, string rule)
    {
        var (_, _, shop) = await FlowAsync();

        var response = await shop.PostAsync("/api/trade", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((field, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "no-event-time", "/epcisBody/eventList/0/eventTime", "required" },
        { "bad-offset", "/epcisBody/eventList/0/eventTimeZoneOffset", "pattern" },
        { "bad-action", "/epcisBody/eventList/0/action", "action" },
        { "text-quantity", "/epcisBody/eventList/0/quantityList/0/quantity", "type" },
        { "not-a-uri", "/epcisBody/eventList/0/quantityList/0/epcClass", "uri" },
        { "no-schema-version", "/schemaVersion", "required" },
        { "not-a-document", "/type", "epcis-document" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task AnInvalidDocumentIsRefusedWholeAtThePointerOfItsFirstFaultAsTheOfficialSchemaRefusesIt(string fault, string pointer, string rule)
    {
        var (_, wholesaler, _) = await FlowAsync();
        var document = TestFlow.Document(TestFlow.Event("shipping", _wholesaler, _shop, Lot, 5, At(60)));
        var @event = document["epcisBody"]!["eventList"]![0]!.AsObject();
        switch (fault)
        {
            case "no-event-time": @event.Remove("eventTime"); break;
            case "bad-offset": @event["eventTimeZoneOffset"] = "+8:00"; break;
            case "bad-action": @event["action"] = "MOVE"; break;
            case "text-quantity": @event["quantityList"]![0]!["quantity"] = "5"; break;
            case "not-a-uri": @event["quantityList"]![0]!["epcClass"] = "L2026 1107A"; break;
            case "no-schema-version": document.Remove("schemaVersion"); break;
            case "not-a-document": document["type"] = "EPCISQueryDocumentX"; break;
        }

        var response = await wholesaler.CaptureAsync(document);

        await AssertRefusedAsync(response, pointer, rule);
        Assert.NotNull(EpcisSchema.Explain(document));
    }

    [Fact]
    public async Task ACapturedDocumentIsValidByTheOfficialSchemaAndAnUnregisteredBatchIsRefused()
    {
        var (_, wholesaler, _) = await FlowAsync();
        var document = TestFlow.Document(TestFlow.Event("receiving", _shop, _wholesaler, "NEVER-REGISTERED", 5, At(60)));

        var response = await wholesaler.CaptureAsync(document);

        EpcisSchema.AssertValid(document);
        await AssertRefusedAsync(response, "/epcisBody/eventList/0", "registered-batch");
    }

    private DateTimeOffset At(int minutes) => TradeChain.At(Clock, minutes);

    private async Task<(HttpClient Factory, HttpClient Wholesaler, HttpClient Shop)> FlowAsync()
    {
        var chain = await TradeChain.RunAsync(Host, Clock, seed: 1);
        return (chain.Factory, chain.WholesalerClient, chain.ShopClient);
    }

    private static void AssertHolder(JsonObject holder, string kind, string county, string town, decimal onHand, decimal shipped)
    {
        Assert.Equal(kind, holder["party"]!["kind"]!.GetValue<string>());
        Assert.Equal((county, town), (holder["party"]!["countyName"]!.GetValue<string>(), holder["party"]!["townName"]!.GetValue<string>()));
        Assert.Equal((onHand, shipped), (holder["onHand"]!.GetValue<decimal>(), holder["shipped"]!.GetValue<decimal>()));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string pointer, string rule)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("epcisException:ValidationException", problem["type"]!.GetValue<string>());
        Assert.Equal((pointer, rule), (problem["field"]!.GetValue<string>(), problem["rule"]!.GetValue<string>()));
    }
}
