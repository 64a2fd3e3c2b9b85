using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Grains.Identity;
using QualityMap.Tests.Codes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Trace;
using static QualityMap.Tests.Codes.CodeHost;

namespace QualityMap.Tests.Epcis;

/// <summary>
/// The query interface answers EPCIS 2.0 query documents that GS1's schema accepts, filters by the standard's
/// parameters, pages with a next link, keeps each caller to what it may see, and gives the standard's examples back
/// as they were imported.
/// </summary>
public sealed class EpcisQueryTests() : SiloTest(settings: TestSignature.Settings("k1", ("k1", TestSignature.FirstSecret)))
{
    private const string Lot = "L2026-1107A";
    private readonly string _producer = TestEvents.Uscc(21);
    private readonly string _wholesaler = TestEvents.Uscc(22, "330411");

    public static TheoryData<string> Examples => EventHashTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task TheStandardsExamplesImportAndQueryBackUnchanged(string example)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Standards.Path(example)))!.AsObject();
        var originals = document["epcisBody"]!["eventList"]!.AsArray().Select(e => e!.AsObject()).ToArray();

        var imported = await Host.Client.CaptureAsync(document);
        var ids = string.Join('|', originals.Select(e => e["eventID"]!.GetValue<string>()));
        var answer = await QueryAsync(Host.Client, $"EQ_eventID={Uri.EscapeDataString(ids)}");

        Assert.True(imported.StatusCode == HttpStatusCode.Accepted, await imported.Content.ReadAsStringAsync());
        EpcisSchema.AssertValid(answer);
        var returned = Events(answer);
        Assert.Equal(originals.Length, returned.Length);
        foreach (var (original, back) in originals.Zip(returned))
        {
            // What the repository adds: when it recorded the event, and the document's context the event was captured in.
            Assert.True(back.Remove("recordTime"));
            Assert.True(JsonNode.DeepEquals(document["@context"], back["@context"]));
            back.Remove("@context");
            Assert.True(JsonNode.DeepEquals(original, back), $"{original.ToJsonString()}\n!=\n{back.ToJsonString()}");
        }
    }

    [Fact]
    public async Task EachStandardParameterNarrowsTheAnswer()
    {
        await ChainAsync();
        string[] all = ["ship-1000", "receive-1000", "ship-300"];

        Assert.Equal(all, Quantities(await QueryAsync(Host.Client, $"MATCH_epcClass={Uri.EscapeDataString(TestFlow.Class(Lot))}")));
        Assert.Equal(["ship-1000", "ship-300"], Quantities(await QueryAsync(Host.Client, "EQ_bizStep=shipping")));
        Assert.Equal(all, Quantities(await QueryAsync(Host.Client, "EQ_bizStep=shipping|receiving")));
        Assert.Equal(["receive-1000", "ship-300"], Quantities(await QueryAsync(Host.Client, $"GE_eventTime={Uri.EscapeDataString(At(10).ToString("O"))}")));
        Assert.Equal(["ship-1000"], Quantities(await QueryAsync(Host.Client, $"LT_eventTime={Uri.EscapeDataString(At(10).ToString("O"))}")));
        Assert.Equal(["ship-300"], Quantities(await QueryAsync(Host.Client, $"EQ_source=urn:uscc:{_wholesaler}")));
        Assert.Equal(["ship-1000", "receive-1000"], Quantities(await QueryAsync(Host.Client, $"EQ_destination=urn:uscc:{_wholesaler}")));
        Assert.Empty(Quantities(await QueryAsync(Host.Client, $"MATCH_epc={Uri.EscapeDataString(TestFlow.Class(Lot) + "/21/1")}")));
        // The same class in another form: the URN of the batch, and the Digital Link on GS1's domain.
        Assert.Equal(all, Quantities(await QueryAsync(Host.Client, $"MATCH_epcClass={Uri.EscapeDataString($"https://id.gs1.org/01/{TestBatches.Gtin}/10/{Lot}")}")));
    }

    [Fact]
    public async Task PagesFollowTheNextLinkToTheEnd()
    {
        await ChainAsync();

        var first = await Host.Client.GetAsync("/epcis/events?perPage=2");
        var next = first.Headers.GetValues("Link").Single();
        var url = next[(next.IndexOf('<') + 1)..next.IndexOf('>')];
        var second = await Host.Client.GetAsync(url);

        Assert.Contains("rel=\"next\"", next);
        Assert.Equal(["ship-1000", "receive-1000"], Quantities(JsonNode.Parse(await first.Content.ReadAsStringAsync())!.AsObject()));
        Assert.Equal(["ship-300"], Quantities(JsonNode.Parse(await second.Content.ReadAsStringAsync())!.AsObject()));
        Assert.False(second.Headers.Contains("Link"));
    }

    [Fact]
    public async Task ASellerSeesItsOwnEventsAndACountyThoseRecordedInIt()
    {
        var (factory, wholesaler) = await ChainAsync();
        var nanhu = Host.ClientWithKey(await Host.KeyForAsync("nanhu", Role.CountyBureau, "330402"));
        var xiuzhou = Host.ClientWithKey(await Host.KeyForAsync("xiuzhou", Role.CountyBureau, "330411"));

        Assert.Equal(["ship-1000"], Quantities(await QueryAsync(factory, "")));
        Assert.Equal(["receive-1000", "ship-300"], Quantities(await QueryAsync(wholesaler, "")));
        Assert.Equal(["ship-1000"], Quantities(await QueryAsync(nanhu, "")));
        Assert.Equal(["receive-1000", "ship-300"], Quantities(await QueryAsync(xiuzhou, "")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Anonymous.GetAsync("/epcis/events")).StatusCode);
    }

    [Theory]
    [InlineData("EQ_colour=red", "EQ_colour")]
    [InlineData("GE_eventTime=yesterday", "GE_eventTime")]
    [InlineData("perPage=0", "perPage")]
    [InlineData("perPage=1001", "perPage")]
    [InlineData("nextPageToken=forged", "nextPageToken")]
    public async Task ABadParameterIsRefusedNamingIt(string query, string parameter)
    {
        var response = await Host.Client.GetAsync($"/epcis/events?{query}");

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("epcisException:QueryParameterException", parameter), (problem["type"]!.GetValue<string>(), problem["field"]!.GetValue<string>()));
    }

    private DateTimeOffset At(int minutes) => Clock.GetUtcNow().AddHours(-2).AddMinutes(minutes).ToOffset(TimeSpan.FromHours(8));

    private async Task<(HttpClient Factory, HttpClient Wholesaler)> ChainAsync()
    {
        (await Host.PostEventsAsync(TestBatches.Producer(_producer, Jianshe, Clock.GetUtcNow().AddDays(-3)),
            TestBatches.Batch(_producer, Lot, Clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        var factory = await Host.SellerAsync(_producer, Jianshe, "嘉兴示例电缆有限公司");
        var wholesaler = await Host.SellerAsync(_wholesaler, Xincheng, "秀洲五金批发部");
        Assert.Equal(HttpStatusCode.Accepted, (await factory.CaptureAsync(TestFlow.Document(TestFlow.Event("shipping", _producer, _wholesaler, Lot, 1000, At(0))))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await wholesaler.CaptureAsync(TestFlow.Document(TestFlow.Event("receiving", _producer, _wholesaler, Lot, 1000, At(10))))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await wholesaler.CaptureAsync(TestFlow.Document(TestFlow.Event("shipping", _wholesaler, TestEvents.Uscc(23), Lot, 300, At(20))))).StatusCode);
        await Host.SettleAsync();
        return (factory, wholesaler);
    }

    private static async Task<JsonObject> QueryAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/epcis/events?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var document = JsonNode.Parse(body)!.AsObject();
        EpcisSchema.AssertValid(document);
        return document;
    }

    private static JsonObject[] Events(JsonObject document) =>
        [.. document["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray().Select(e => e!.AsObject())];

    private static string[] Quantities(JsonObject document) =>
        [.. Events(document).Select(e => $"{(e["bizStep"]!.GetValue<string>() == "shipping" ? "ship" : "receive")}-{e["quantityList"]![0]!["quantity"]}")];
}
