using System.Globalization;
using System.Text.RegularExpressions;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Ingestion;
using Xunit.Abstractions;

namespace QualityMap.Tests.Demo;

public sealed partial class DemoDataGeneratorTests(DemoDataFixture fixture, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    private DemoData Data => fixture.Data;

    private DateTimeOffset Now => DemoDataFixture.Now;

    private IEnumerable<EnterpriseEvent> History => Data.Events.Skip(Data.Enterprises.Count);

    [Fact]
    public void SameSeedGivesIdenticalEvents()
    {
        var again = DemoDataGenerator.Generate(fixture.Regions, Now, DemoDataFixture.Seed, DemoDataFixture.Enterprises);

        Assert.Equal(Data.Events.Select(EventSerializer.Serialize), again.Events.Select(EventSerializer.Serialize));
    }

    [Fact]
    public void AnotherSeedGivesOtherEnterprises()
    {
        var other = DemoDataGenerator.Generate(fixture.Regions, Now, DemoDataFixture.Seed + 1, DemoDataFixture.Enterprises);

        Assert.Empty(other.Enterprises.Select(e => e.Uscc).Intersect(Data.Enterprises.Select(e => e.Uscc)));
        Assert.StartsWith($"demo-{DemoDataFixture.Seed + 1}-", other.Events[0].EventId, StringComparison.Ordinal);
    }

    [Fact]
    public void MasterDataDoesNotDependOnNow()
    {
        var later = DemoDataGenerator.Generate(fixture.Regions, Now.AddDays(40).AddHours(5), DemoDataFixture.Seed, DemoDataFixture.Enterprises);

        Assert.Equal(
            Data.Enterprises.Select(e => (e.Uscc, e.Name, e.TownCode, e.LicenceNo, string.Join(",", e.Products.Select(p => p.Code)))),
            later.Enterprises.Select(e => (e.Uscc, e.Name, e.TownCode, e.LicenceNo, string.Join(",", e.Products.Select(p => p.Code)))));
    }

    [Fact]
    public void GeneratesTheRequestedEnterprisesWithUniqueValidCodesAndNames()
    {
        Assert.Equal(DemoDataFixture.Enterprises, Data.Enterprises.Count);
        Assert.All(Data.Enterprises, e =>
        {
            Assert.True(UnifiedSocialCreditCode.IsValid(e.Uscc), e.Uscc);
            // Registered in its own county (positions 3-8 of the code are the division).
            Assert.Equal(e.CountyCode, e.Uscc.Substring(2, 6));
            Assert.EndsWith("有限公司", e.Name, StringComparison.Ordinal);
        });
        Assert.Equal(Data.Enterprises.Count, Data.Enterprises.Select(e => e.Uscc).Distinct().Count());
        Assert.Equal(Data.Enterprises.Count, Data.Enterprises.Select(e => e.Name).Distinct().Count());
        Assert.Contains(Data.Enterprises, e => e.Name.StartsWith("王江泾", StringComparison.Ordinal));
    }

    [Fact]
    public void EnterprisesMakeOneToThreeKeyProductsAndHoldLicencesForGradeOne()
    {
        Assert.All(Data.Enterprises, e =>
        {
            Assert.InRange(e.Products.Count, 1, 3);
            Assert.Equal(e.Products.Count, e.Products.Select(p => p.Code).Distinct().Count());
            var needsLicence = e.Products.Any(p => p.Grade == ProductRiskGrade.Level1);
            if (needsLicence)
            {
                Assert.Matches(LicencePattern(), e.LicenceNo);
            }
            else
            {
                Assert.Null(e.LicenceNo);
            }
        });
        Assert.Equal(Data.Enterprises.Count(e => e.LicenceNo is not null), Data.Enterprises.Select(e => e.LicenceNo).OfType<string>().Distinct().Count());
    }

    [Fact]
    public void EveryTownHasEnterprisesAndIndustrialTownsHaveMore()
    {
        var perTown = Data.Enterprises.GroupBy(e => e.TownCode).ToDictionary(g => g.Key, g => g.Count());
        var towns = fixture.Regions.All.Where(r => r.Level == RegionLevel.Town).ToList();

        Assert.All(towns, t => Assert.True(perTown.GetValueOrDefault(t.Code) >= 1, $"{t.Name} has no enterprise"));
        var industrial = towns.Where(t => DemoCatalogue.IndustrialTowns.ContainsKey(t.Name)).Average(t => perTown[t.Code]);
        var streets = towns.Where(t => t.Name.EndsWith("街道", StringComparison.Ordinal) && !DemoCatalogue.IndustrialTowns.ContainsKey(t.Name))
            .Average(t => perTown[t.Code]);
        Assert.True(industrial > 2 * streets, $"industrial towns average {industrial:F0} enterprises, streets {streets:F0}");
    }

    [Fact]
    public void EveryEventIsAboutADemoEnterpriseInATownOfTheTree()
    {
        var usccs = Data.Enterprises.Select(e => e.Uscc).ToHashSet();

        Assert.All(Data.Events, e => Assert.Contains(e.Uscc, usccs));
        Assert.All(Data.Events.OfType<EnterpriseRegistered>(), r => Assert.True(fixture.Regions.IsTown(r.TownCode), r.TownCode));
        Assert.All(Data.Enterprises, e => Assert.Equal(fixture.Regions.Find(e.TownCode)!.ParentCode, e.CountyCode));
    }

    [Fact]
    public void NoEventIsInTheFutureOrOlderThanTwoYears()
    {
        var earliest = Now.AddMonths(-DemoDataGenerator.HistoryMonths);

        Assert.All(Data.Events, e => Assert.InRange(e.OccurredAt, earliest, Now));
    }

    [Fact]
    public void RegistrationsComeFirstThenTheHistoryInTimeOrder()
    {
        var registrations = Data.Events.Take(Data.Enterprises.Count).ToList();

        Assert.All(registrations, e => Assert.IsType<EnterpriseRegistered>(e));
        Assert.Equal(Data.Enterprises.Select(e => e.Uscc), registrations.Select(r => r.Uscc));
        Assert.DoesNotContain(History, e => e is EnterpriseRegistered);
        var registeredAt = registrations.ToDictionary(r => r.Uscc, r => r.OccurredAt);
        Assert.All(History, e => Assert.True(e.OccurredAt > registeredAt[e.Uscc], $"{e.EventId} is dated before its registration"));
        Assert.Equal(History.OrderBy(e => e.OccurredAt).Select(e => e.EventId), History.Select(e => e.EventId));
    }

    [Fact]
    public void EventIdsAreNamespacedByTheSeedAndNumberedInOrder()
    {
        Assert.Equal(
            Enumerable.Range(1, Data.Events.Count).Select(n => string.Create(CultureInfo.InvariantCulture, $"demo-{DemoDataFixture.Seed}-{n}")),
            Data.Events.Select(e => e.EventId));
    }

    [Fact]
    public void EveryEventPassesTheValidationOfTheIngestEndpoint()
    {
        var context = new TreeValidationContext(fixture.Regions, Now);

        Assert.All(Data.Events, e =>
        {
            var result = DemoMap.ParseAsIngested(e, context);
            Assert.True(result.IsSuccess, $"{e.EventId}: {string.Join("; ", result.Errors)}");
            Assert.Equal(EventSerializer.Serialize(e), EventSerializer.Serialize(result.Event));
        });
    }

    [Fact]
    public void HistoryHasEveryKindOfFactMostlyFailedSamplingsAndPlentyOfPassedOnes()
    {
        var kinds = History.GroupBy(e => e is SamplingResult { Passed: false } ? "failed_sampling" : e.Kind)
            .ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));

        Assert.True(kinds[EventKinds.SamplingResult] > 2 * Data.Enterprises.Count);
        string[] facts =
        [
            "failed_sampling", EventKinds.AdministrativePenalty, EventKinds.LicenceSuspended, EventKinds.LicenceRestored,
            EventKinds.DishonestyListed, EventKinds.DishonestyDelisted, EventKinds.SamplingRefused, EventKinds.QualityAccident,
            EventKinds.ReinspectionResult, EventKinds.LicenceRevoked,
        ];
        Assert.All(facts, kind => Assert.True(kinds.GetValueOrDefault(kind) > 0, $"no {kind}"));
        Assert.True(kinds["failed_sampling"] > facts.Skip(1).Where(k => k != EventKinds.ReinspectionResult).Max(k => kinds[k]));
    }

    [Fact]
    public void CountiesShowAtLeastThreeColoursAndTownsVaryAroundThem()
    {
        var highRisk = DemoMap.HighRiskAt(Data.Events, Now);
        var townByUscc = Data.Enterprises.ToDictionary(e => e.Uscc, e => e.TownCode);
        var counties = DemoMap.CountsBy(fixture.Regions, RegionLevel.County, townByUscc, highRisk);
        var towns = DemoMap.CountsBy(fixture.Regions, RegionLevel.Town, townByUscc, highRisk);

        foreach (var (code, counts) in counties.OrderBy(c => c.Key))
        {
            var townColours = fixture.Regions.ChildrenOf(code).GroupBy(t => DemoMap.Colour(towns[t.Code]))
                .OrderByDescending(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine(
                $"{code} {fixture.Regions.Find(code)!.Name}: {counts.HighRisk}/{counts.Monitored} = {100.0 * counts.HighRisk / counts.Monitored:F1} % " +
                $"{DemoMap.Colour(counts)} (target {100 * Data.CountyTargetShares[code]:F1} %); towns: {string.Join(", ", townColours)}");
        }

        var countyColours = counties.Values.Select(DemoMap.Colour).ToHashSet();
        Assert.True(countyColours.Count >= 3, $"county colours: {string.Join(", ", countyColours)}");
        Assert.Contains(RegionColour.Red, countyColours);
        Assert.Contains(RegionColour.Green, countyColours);
        Assert.True(towns.Values.Select(DemoMap.Colour).Distinct().Count() == 4, "towns should show all four colours");
        var city = (HighRisk: highRisk.Count, Monitored: Data.Enterprises.Count);
        output.WriteLine($"city: {city.HighRisk}/{city.Monitored} = {100.0 * city.HighRisk / city.Monitored:F1} % {DemoMap.Colour(city)}");
    }

    [Fact]
    public void ASliceOfHighRiskEnterprisesTurnsLowRiskDuringTheFirstHour()
    {
        var atStart = DemoMap.HighRiskAt(Data.Events, Now);
        var afterAnHour = DemoMap.HighRiskAt(Data.Events, Now.AddHours(1));
        var afterTenMinutes = DemoMap.HighRiskAt(Data.Events, Now.AddMinutes(10));

        Assert.Empty(afterAnHour.Except(atStart));
        var dropped = atStart.Count - afterAnHour.Count;
        output.WriteLine($"{dropped} of {atStart.Count} high-risk enterprises turn low-risk within the hour");
        Assert.InRange(dropped, atStart.Count * 0.02, atStart.Count * 0.10);
        // Spread over the hour, not all at once.
        Assert.InRange(afterTenMinutes.Count, afterAnHour.Count + 1, atStart.Count - 1);
    }

    [Fact]
    public void ShiftedWindowsAreRespected()
    {
        var windows = new ClassificationOptions { FailedSampling = new WindowRuleOptions { WindowMonths = 6 } };
        var data = DemoDataGenerator.Generate(fixture.Regions, Now, DemoDataFixture.Seed, 600, windows);
        var options = windows;

        var atStart = HighRisk(data, Now, options);
        var afterAnHour = HighRisk(data, Now.AddHours(1), options);

        Assert.True(atStart > afterAnHour, "the aging slice follows the configured windows");
        Assert.InRange(atStart, 600 * 0.03, 600 * 0.15);

        static int HighRisk(DemoData data, DateTimeOffset at, ClassificationOptions options) =>
            data.Events.GroupBy(e => e.Uscc).Count(g =>
                Classifier.Classify(g.Aggregate(EnterpriseFacts.None, (f, e) => f.With(e)), at, options).Class == RiskClass.High);
    }

    [Theory]
    [InlineData("2028-02-29T00:30:00Z")]
    [InlineData("2027-03-31T23:59:59Z")]
    [InlineData("2026-12-31T16:00:00Z")]
    public void CalendarEdgesStillGiveAValidHistory(string now)
    {
        var at = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);
        var data = DemoDataGenerator.Generate(fixture.Regions, at, 7, 500);
        var context = new TreeValidationContext(fixture.Regions, at);

        Assert.Equal(500, data.Enterprises.Count);
        Assert.All(data.Events, e => Assert.InRange(e.OccurredAt, at.AddMonths(-24), at));
        Assert.All(data.Events, e => Assert.True(DemoMap.ParseAsIngested(e, context).IsSuccess, e.EventId));
    }

    [Fact]
    public void ASmallHandBuiltTreeGetsEveryTownFilled()
    {
        var regions = new RegionTree(
        [
            new Region("330000", "浙江省", RegionLevel.Province, null),
            new Region("330400", "嘉兴市", RegionLevel.City, "330000"),
            new Region("330421", "嘉善县", RegionLevel.County, "330400"),
            new Region("330421001", "魏塘街道", RegionLevel.Town, "330421"),
            new Region("330421103", "西塘镇", RegionLevel.Town, "330421"),
        ]);

        var data = DemoDataGenerator.Generate(regions, Now, 1, 40);

        Assert.Equal(40, data.Enterprises.Count);
        Assert.Equal(2, data.Enterprises.Select(e => e.TownCode).Distinct().Count());
        Assert.Contains(data.Enterprises, e => e.Name.StartsWith("西塘", StringComparison.Ordinal));
        Assert.All(data.Events.OfType<AdministrativePenalty>(), p => Assert.StartsWith("嘉善市监处罚〔", p.DecisionNo, StringComparison.Ordinal));
    }

    [Fact]
    public void ATreeWithoutTownsIsRefused()
    {
        var regions = new RegionTree([new Region("330000", "浙江省", RegionLevel.Province, null)]);

        Assert.Throws<ArgumentException>(() => DemoDataGenerator.Generate(regions, Now, 1, 10));
    }

    [GeneratedRegex(@"^XK\d{11}$")]
    private static partial Regex LicencePattern();
}
