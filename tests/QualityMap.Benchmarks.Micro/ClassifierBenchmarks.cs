using BenchmarkDotNet.Attributes;
using QualityMap.Grains.Classification;

namespace QualityMap.Benchmarks.Micro;

/// <summary>
/// The seven DB3304/T 055 rules over an enterprise's facts, as <c>EnterpriseGrain</c> runs them on every event and
/// reminder: a busy high-risk history (a dozen dated facts of every kind, a suspended licence, a listing) and a
/// typical low-risk one (two facts, one aged out).
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly ClassificationOptions _options = new();
    private EnterpriseFacts _busy = EnterpriseFacts.None;
    private EnterpriseFacts _quiet = EnterpriseFacts.None;

    [GlobalSetup]
    public void Setup()
    {
        var kinds = Enum.GetValues<FactKind>();
        _busy = new EnterpriseFacts(
            [.. Enumerable.Range(0, 12).Select(i => new DatedFact(kinds[i % kinds.Length], $"evt-{i}", Now.AddDays(-40 * i)))],
            new StandingFact<LicenceStanding>(LicenceStanding.Suspended, "lic-1", Now.AddDays(-30)),
            new StandingFact<bool>(true, "list-1", Now.AddDays(-90)));
        _quiet = new EnterpriseFacts(
            [new DatedFact(FactKind.FailedSampling, "smp-1", Now.AddMonths(-14)), new DatedFact(FactKind.RefusedSampling, "ref-1", Now.AddMonths(-13))],
            new StandingFact<LicenceStanding>(LicenceStanding.Valid, "lic-0", Now.AddYears(-3)),
            null);
    }

    [Benchmark(Description = "Classify: high-risk, 12 dated + 2 standing facts")]
    public ClassificationResult ClassifyBusy() => Classifier.Classify(_busy, Now, _options);

    [Benchmark(Description = "Classify: low-risk, 2 aged-out facts")]
    public ClassificationResult ClassifyQuiet() => Classifier.Classify(_quiet, Now, _options);
}
