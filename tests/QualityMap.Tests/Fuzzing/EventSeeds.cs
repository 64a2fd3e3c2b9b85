using System.Globalization;
using System.Text.Json.Nodes;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Tests.Fuzzing;

/// <summary>Valid <c>POST /api/events</c> batches of every kind, about enterprises outside the warned county.</summary>
public sealed class EventSeeds(Random random, FuzzWorld world)
{
    private static readonly string[] Kinds =
    [
        "enterprise_registered", "enterprise_moved", "enterprise_closed", "sampling_result", "administrative_penalty", "licence_revoked",
        "licence_suspended", "licence_restored", "unlicensed_production_found", "reinspection_result", "dishonesty_listed",
        "dishonesty_delisted", "sampling_refused", "quality_accident",
    ];

    private int _next;

    public JsonObject Batch()
    {
        var events = new JsonArray();
        for (var count = random.Next(5) == 0 ? random.Next(2, 6) : 1; count > 0; count--) events.Add(Item());
        return new JsonObject { ["events"] = events };
    }

    public JsonObject Item()
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var registering = kind == "enterprise_registered";
        var item = new JsonObject
        {
            ["eventId"] = $"fz-{random.Next():x}-{_next++}",
            ["kind"] = kind,
            ["uscc"] = registering ? UnifiedSocialCreditCode.Generate(random, FuzzWorld.Counties[random.Next(FuzzWorld.Counties.Length)]) : Existing(),
            // Within the last 300 days, to the second, in China Standard Time as bureaus send it.
            ["occurredAt"] = world.Now.AddSeconds(-random.Next(60, 300 * 86_400)).ToOffset(TimeSpan.FromHours(8))
                .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
        switch (kind)
        {
            case "enterprise_registered":
                item["name"] = $"模糊测试企业{_next}有限公司";
                item["townCode"] = Town();
                item["products"] = new JsonArray(new JsonObject { ["code"] = "0801", ["name"] = "电线电缆", ["grade"] = random.Next(1, 4) });
                if (random.Next(2) == 0) item["licenceNo"] = "XK06-001-00001";
                break;
            case "enterprise_moved":
                item["townCode"] = Town();
                break;
            case "enterprise_closed" or "sampling_refused":
                if (random.Next(2) == 0) item["note"] = "备注";
                break;
            case "sampling_result" or "reinspection_result":
                if (kind == "sampling_result") item["batchNo"] = $"CC-{random.Next(100_000)}";
                item["productCode"] = "0801";
                item["passed"] = random.Next(2) == 0;
                Brand(item);
                break;
            case "administrative_penalty":
                item["decisionNo"] = $"嘉市监罚〔2026〕{random.Next(1000)}号";
                if (random.Next(2) == 0) item["violation"] = "生产不合格产品";
                break;
            case "licence_revoked" or "licence_suspended" or "licence_restored":
                item["licenceNo"] = "XK06-001-00001";
                break;
            case "unlicensed_production_found":
                item["productCode"] = "0801";
                Brand(item);
                break;
            case "dishonesty_listed" or "dishonesty_delisted":
                item["listingNo"] = $"SX-{random.Next(1000)}";
                break;
            case "quality_accident":
                item["description"] = "电缆起火";
                Brand(item);
                break;
        }
        return item;
    }

    private void Brand(JsonObject item)
    {
        if (random.Next(3) != 0) return;
        item["brand"] = "嘉牌";
        item["niceClass"] = random.Next(1, 46);
    }

    private string Existing() => world.OtherUsccs[random.Next(world.OtherUsccs.Count)];

    private string Town() => FuzzWorld.Towns[random.Next(FuzzWorld.Towns.Length)];
}
