using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Regions;

namespace QualityMap.Benchmarks.Micro;

/// <summary>
/// A realistic mix of ingest events over Jiaxing's towns: one registration per enterprise, then sampling results
/// (mostly passed), penalties, licence and listing changes, refusals and accidents, as a bureau's feed carries them.
/// A pure function of the seed, so every run measures the same work.
/// </summary>
public static class SampleEvents
{
    /// <summary>The built-in Jiaxing tree (72 towns), which the parser validates town codes against.</summary>
    public static RegionTree Tree { get; } = RegionTreeLoader.LoadBuiltInJiaxing();

    private static readonly string[] Towns = [.. Tree.All.Where(r => r.Level == RegionLevel.Town).Select(r => r.Code)];

    public static IReadOnlyList<EnterpriseEvent> Batch(int count, int seed = 9)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));
        var usccs = new List<string>();
        var events = new List<EnterpriseEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddMinutes(i * 7);
            if (usccs.Count == 0 || random.Next(5) == 0)
            {
                var uscc = UnifiedSocialCreditCode.Generate(random, "330400");
                usccs.Add(uscc);
                events.Add(Registration($"reg-{i}", uscc, Towns[random.Next(Towns.Length)], at));
                continue;
            }
            events.Add(Fact(random, $"evt-{i}", usccs[random.Next(usccs.Count)], at));
        }
        return events;
    }

    public static EnterpriseRegistered Registration(string eventId, string uscc, string townCode, DateTimeOffset at) => new()
    {
        EventId = eventId,
        Uscc = uscc,
        OccurredAt = at,
        Name = "嘉兴示例电线电缆有限公司",
        TownCode = townCode,
        Products = [new ProductLine("0801", "电线电缆", ProductRiskGrade.Level1), new ProductLine("1101", "燃气器具", ProductRiskGrade.Level2)],
        LicenceNo = "XK06-001-00123",
    };

    private static EnterpriseEvent Fact(Random random, string id, string uscc, DateTimeOffset at) => random.Next(10) switch
    {
        < 5 => new SamplingResult { EventId = id, Uscc = uscc, OccurredAt = at, BatchNo = $"CC2026-{random.Next(10000):D4}", ProductCode = "0801", Passed = random.Next(4) != 0 },
        5 => new AdministrativePenalty { EventId = id, Uscc = uscc, OccurredAt = at, DecisionNo = $"嘉市监罚〔2026〕{random.Next(1000)}号", Violation = "生产不合格产品" },
        6 => new ReinspectionResult { EventId = id, Uscc = uscc, OccurredAt = at, ProductCode = "0801", Passed = random.Next(3) != 0 },
        7 => new LicenceSuspended { EventId = id, Uscc = uscc, OccurredAt = at, LicenceNo = "XK06-001-00123" },
        8 => new SamplingRefused { EventId = id, Uscc = uscc, OccurredAt = at, Note = "拒绝抽样" },
        _ => new QualityAccident { EventId = id, Uscc = uscc, OccurredAt = at, Description = "电缆绝缘层破损引发短路" },
    };
}
