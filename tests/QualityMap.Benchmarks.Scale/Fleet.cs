using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// The synthetic national fleet: enterprises spread evenly over every town of the tree, each with a valid GB 32100
/// code of its county and two key products. A pure function of the count, so every run seeds the same fleet.
/// </summary>
public sealed class Fleet
{
    private Fleet(IReadOnlyList<EnterpriseRegistered> registrations) => Registrations = registrations;

    public IReadOnlyList<EnterpriseRegistered> Registrations { get; }

    public static Fleet Create(RegionTree tree, int count, DateTimeOffset registeredAt)
    {
        var random = new Random(20_260_009);
        var towns = tree.All.Where(r => r.Level == RegionLevel.Town).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var registrations = new List<EnterpriseRegistered>(count);
        for (var i = 0; i < count; i++)
        {
            var town = towns[i % towns.Length];
            string uscc;
            do uscc = UnifiedSocialCreditCode.Generate(random, town.ParentCode!);
            while (!seen.Add(uscc));
            registrations.Add(new EnterpriseRegistered
            {
                EventId = $"scale-reg-{i}",
                Uscc = uscc,
                OccurredAt = registeredAt,
                Name = $"规模测试企业{i}有限公司",
                TownCode = town.Code,
                Products = [new ProductLine("0801", "电线电缆", ProductRiskGrade.Level1), new ProductLine("1101", "燃气器具", ProductRiskGrade.Level2)],
                LicenceNo = $"XK06-001-{i % 100_000:D5}",
            });
        }
        return new Fleet(registrations);
    }

    /// <summary>
    /// <paramref name="count"/> failed sampling batches, one each for enterprises evenly spaced through the fleet (the
    /// fleet cycles through the towns, so they fall all over the country); each turns a low-risk enterprise high-risk.
    /// </summary>
    public IReadOnlyList<EnterpriseEvent> Burst(int count, DateTimeOffset occurredAt)
    {
        var step = Math.Max(1, Registrations.Count / count);
        return [.. Enumerable.Range(0, count).Select(i => new SamplingResult
        {
            EventId = $"scale-burst-{i}",
            Uscc = Registrations[i * step % Registrations.Count].Uscc,
            OccurredAt = occurredAt,
            BatchNo = $"CC2026-{i:D6}",
            ProductCode = "0801",
            Passed = false,
        })];
    }
}
