using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events;
using QualityMap.Grains.Supervision;

namespace QualityMap.Tests.Supervision;

/// <summary>One event stream, classified by Jiaxing's two classes and by the credit scheme, and planned by each.</summary>
public sealed class BothSchemesTests
{
    private const string Uscc = "91330402MA2BXXXX0X";
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly EnterpriseEvent[] Stream =
    [
        new SamplingResult { EventId = "s1", Uscc = Uscc, OccurredAt = T0, BatchNo = "B1", ProductCode = "0801", Passed = true },
        new SamplingResult { EventId = "s2", Uscc = Uscc, OccurredAt = T0.AddDays(30), BatchNo = "B2", ProductCode = "0801", Passed = false },
        new AdministrativePenalty { EventId = "p1", Uscc = Uscc, OccurredAt = T0.AddDays(60), DecisionNo = "嘉市监罚〔2026〕1号" },
    ];

    [Fact]
    public void TheSameStreamGivesHighRiskUnderJiaxingAndCUnderTheCreditScheme()
    {
        var now = T0.AddDays(90);
        var facts = Stream.Aggregate(EnterpriseFacts.None, (f, e) => f.With(e));
        var jiaxing = Classifier.Classify(facts, now, new ClassificationOptions());
        var credit = CreditScoring.Score(Stream.Select(CreditScoring.Observe).OfType<CreditObservation>(), new CreditPointTable());

        Assert.Equal(RiskClass.High, jiaxing.Class);
        Assert.Equal(3m, credit.Score);                  // 12 + 1 − 4 − 6
        Assert.Equal(CreditClass.C, credit.Class);

        var subject = new SupervisedSubject(Uscc, "330402", true, jiaxing.Class, credit, [new("0801", "电线电缆", ProductRiskGrade.Level1)]);
        var n = 0;
        List<SupervisionTask> PlanWith(SupervisionOptions options) => SupervisionPlanner.Plan(
            [], SupervisionPlanner.Requirements(subject, options, new CreditOptions()), Uscc, "330402", now, options, () => $"t{++n}");
        var strict = PlanWith(new SupervisionOptions());
        var key = PlanWith(new SupervisionOptions { Scheme = ClassificationScheme.Credit });
        Assert.Equal(4, strict.Count(t => t.Kind == TaskKind.Sampling));
        Assert.All(strict, t => Assert.Equal(SupervisionMode.Strict, t.Mode));
        Assert.Equal(2, key.Count(t => t.Kind == TaskKind.Sampling));
        Assert.All(key, t => Assert.Equal(SupervisionMode.Key, t.Mode));
    }

    [Fact]
    public void MasterDataIsNotScored()
    {
        var registered = new EnterpriseRegistered
        {
            EventId = "r1", Uscc = Uscc, OccurredAt = T0, Name = "x", TownCode = "330402007", Products = [],
        };
        Assert.Null(CreditScoring.Observe(registered));
    }
}
