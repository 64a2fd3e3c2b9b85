using System.Text.Json.Nodes;
using QualityMap.Api.Epcis;

namespace QualityMap.Tests.Epcis;

/// <summary>The service's CBV 2.0 event hash agrees with epcis2.js's on the standard's examples and on the service's own events.</summary>
public sealed class EventHashTests
{
    public static TheoryData<string> Examples => new(
        "Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.1-ObjectEventWithDigitalLink.jsonld", "Example_9.6.3-AggregationEvent.jsonld");

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task TheStandardsExamplesHashAsTheReferenceImplementationHashesThem(string example)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Standards.Path(example)))!.AsObject();
        var events = document["epcisBody"]!["eventList"]!.AsArray().Select(e => e!.AsObject()).ToArray();
        // epcis2.js 2.7.3 makes a 19-digit SSCC of an SSCC URN (it repeats the extension digit), so the pallet is given
        // to both as its Digital Link; the service's own conversion is checked in TheCanonicalFormsOfEpcUris.
        foreach (var aggregation in events.Where(e => e["parentID"] is not null)) aggregation["parentID"] = "https://id.gs1.org/00/106141412345678908";

        var reference = await ReferenceEventHash.IdsAsync(document["@context"], events);

        Assert.Equal(reference, events.Select(e => EventHash.IdOf(e, document["@context"])));
    }

    [Fact]
    public async Task TheServicesFlowEventsHashAsTheReferenceImplementationHashesThem()
    {
        JsonObject[] events =
        [
            Flow("receiving", "+08:00", "2026-11-20T10:00:00.5+08:00",
                """[{"epcClass":"https://qm.example.gov.cn/01/06901234567892/10/L2026-1107A","quantity":100,"uom":"EA"},{"epcClass":"https://qm.example.gov.cn/01/6901234567892/10/B7","quantity":2.50}]"""),
            Flow("shipping", "+08:00", "2026-11-21T08:15:30.123456+08:00",
                """[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":12}]"""),
            Flow("retail_selling", "Z", "2026-11-22T00:00:00Z",
                """[{"epcClass":"https://id.gs1.org/01/06901234567892/10/L2026-1107A?17=261231","quantity":1}]"""),
        ];
        // epcis2.js leaves a Digital Link with both lot and serial as it is, where CBV 2.0 constrains it to the serial
        // (checked in TheCanonicalFormsOfEpcUris), so the items here carry the serial alone.
        events[1]["epcList"] = new JsonArray("https://qm.example.gov.cn/01/06901234567892/21/000042", "urn:epc:id:sgtin:0614141.107346.2017");
        events[1]["bizTransactionList"] = JsonNode.Parse("""[{"type":"desadv","bizTransaction":"http://transaction.example.cn/desadv/A17"}]""");
        events[2]["disposition"] = "retail_sold";

        var reference = await ReferenceEventHash.IdsAsync(Context, events);

        Assert.Equal(reference, events.Select(e => EventHash.IdOf(e, Context)));
    }

    [Fact]
    public void TheHashIgnoresFieldOrderTheEventIdAndTheRecordTime()
    {
        var one = Flow("receiving", "+08:00", "2026-11-20T10:00:00+08:00", """[{"epcClass":"https://id.gs1.org/01/06901234567892/10/A","quantity":5}]""");
        var reordered = JsonNode.Parse("""
            {"quantityList":[{"quantity":5,"epcClass":"https://id.gs1.org/01/06901234567892/10/A"}],"eventTimeZoneOffset":"+08:00",
             "destinationList":[{"destination":"urn:uscc:91330402MA2B3C4D5F","type":"owning_party"}],"type":"ObjectEvent",
             "eventTime":"2026-11-20T02:00:00.000Z","bizStep":"https://ref.gs1.org/cbv/BizStep-receiving","action":"OBSERVE",
             "sourceList":[{"type":"owning_party","source":"urn:uscc:91330402MA2B3C4D5E"}],
             "readPoint":{"id":"https://id.gs1.org/414/0614141073467/254/1234"},
             "eventID":"urn:uuid:anything","recordTime":"2026-11-20T03:00:00Z"}
            """)!.AsObject();

        Assert.Equal(EventHash.IdOf(one, Context), EventHash.IdOf(reordered, Context));
        Assert.NotEqual(EventHash.IdOf(one, Context), EventHash.IdOf(Flow("shipping", "+08:00", "2026-11-20T10:00:00+08:00",
            """[{"epcClass":"https://id.gs1.org/01/06901234567892/10/A","quantity":5}]"""), Context));
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2017")]
    [InlineData("urn:epc:class:lgtin:4012345.012345.998877", "https://id.gs1.org/01/04012345123456/10/998877")]
    [InlineData("urn:epc:idpat:sgtin:4012345.098765.*", "https://id.gs1.org/01/04012345987652")]
    [InlineData("urn:epc:id:sgln:0614141.07346.1234", "https://id.gs1.org/414/0614141073467/254/1234")]
    [InlineData("urn:epc:id:sgln:0614141.00777.0", "https://id.gs1.org/414/0614141007776")]
    [InlineData("urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/00/106141412345678908")]
    [InlineData("https://qm.example.gov.cn/01/06901234567892/10/L1/21/000042", "https://id.gs1.org/01/06901234567892/21/000042")]
    [InlineData("https://qm.example.gov.cn/01/6901234567892/10/A%2F1?17=261231", "https://id.gs1.org/01/06901234567892/10/A%2F1")]
    [InlineData("urn:uscc:91330402MA2B3C4D5E", "urn:uscc:91330402MA2B3C4D5E")]
    public void TheCanonicalFormsOfEpcUris(string uri, string canonical) => Assert.Equal(canonical, EpcUri.Canonical(uri));

    private static readonly JsonNode Context = JsonNode.Parse("""["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"]""")!;

    private static JsonObject Flow(string bizStep, string offset, string time, string quantities) => new()
    {
        ["type"] = "ObjectEvent",
        ["action"] = "OBSERVE",
        ["bizStep"] = bizStep,
        ["eventTime"] = time,
        ["eventTimeZoneOffset"] = offset,
        ["quantityList"] = JsonNode.Parse(quantities),
        ["sourceList"] = JsonNode.Parse("""[{"type":"owning_party","source":"urn:uscc:91330402MA2B3C4D5E"}]"""),
        ["destinationList"] = JsonNode.Parse("""[{"type":"owning_party","destination":"urn:uscc:91330402MA2B3C4D5F"}]"""),
        ["readPoint"] = new JsonObject { ["id"] = "urn:epc:id:sgln:0614141.07346.1234" },
    };
}
