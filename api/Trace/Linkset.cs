using System.Text.Json.Serialization;

namespace QualityMap.Api.Trace;

/// <summary>
/// The links of a trace code as an RFC 9264 linkset (<c>application/linkset+json</c>), with the GS1 Web Vocabulary's
/// link types, as a GS1 Digital Link resolver answers: what a machine scanning the code can follow next.
/// </summary>
public static class Linkset
{
    public const string MediaType = "application/linkset+json";

    private const string Gs1 = "https://gs1.org/voc/";

    public static LinksetDocument For(DigitalLink link, string publicBaseUrl, string productName)
    {
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var anchor = link.On(baseUrl);
        // The EPCIS query names the batch by its class (all its items): the Digital Link without a serial.
        var batchClass = new DigitalLink(link.Batch, null).On(baseUrl);
        var page = new LinkTarget(anchor, productName, "text/html", ["zh-CN"]);
        return new LinksetDocument([new Dictionary<string, object>
        {
            ["anchor"] = anchor,
            [Gs1 + "defaultLink"] = new[] { page },
            [Gs1 + "pip"] = new[] { page with { Title = "产品信息" } },
            [Gs1 + "certificationInfo"] = new[] { page with { Href = anchor + "#certificate", Title = "检验合格证明" } },
            [Gs1 + "traceability"] = new[]
            {
                new LinkTarget($"{baseUrl}/epcis/events?MATCH_epcClass={Uri.EscapeDataString(batchClass)}", "流向（EPCIS 2.0 事件）", "application/json", null),
            },
        }]);
    }
}

/// <summary>The top level of an RFC 9264 JSON linkset.</summary>
public sealed record LinksetDocument([property: JsonPropertyName("linkset")] IReadOnlyList<Dictionary<string, object>> Contexts);

/// <summary>One link target with its target attributes (RFC 9264 §4.2.4); hreflang is a list, as the RFC has it.</summary>
public sealed record LinkTarget(
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("hreflang"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Hreflang);
