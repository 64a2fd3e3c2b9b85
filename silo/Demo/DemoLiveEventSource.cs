using System.Globalization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Chooses the demo's live events. Most are routine (passed samplings, re-inspections, failures of enterprises
/// that are high-risk already, as strict supervision finds them); about one in seven changes an enterprise's
/// class, up or down, leaning against the drift of the overall high-risk share so the map keeps moving without
/// turning all red or all green.
/// <para>
/// Dated facts last a year or two, far longer than a demo, so new ones are only used to climb back to the
/// target (after the seeded slice has aged out); otherwise classes rise by suspensions and listings, which the
/// source lifts again later: restorations and delistings only of enterprises that are suspended or listed.
/// </para>
/// </summary>
internal sealed class DemoLiveEventSource
{
    /// <summary>
    /// Share of events that change a class: at 5 events/s some enterprise changes class every second or two and a
    /// town changes colour every few seconds.
    /// </summary>
    public const double ClassChangeShare = 0.15;

    /// <summary>How far the share may stray from its target before every class change leans back.</summary>
    public const double Tolerance = 0.01;

    // Even the greenest town has an occasional bad day.
    private const double PropensityFloor = 0.02;
    private const int ReinspectionMemory = 200;

    private readonly DemoFleet _fleet;
    private readonly Random _random;
    private readonly string _idPrefix;
    private readonly double _maxWeight;
    private readonly Queue<(int Index, ProductLine Product)> _awaitingReinspection = new();
    private long _count;

    /// <param name="idPrefix">Prefix of the event ids, followed by a running number.</param>
    /// <param name="targetShare">The overall high-risk share to hold, normally the share at start.</param>
    public DemoLiveEventSource(DemoFleet fleet, Random random, string idPrefix, double targetShare)
    {
        _fleet = fleet;
        _random = random;
        _idPrefix = idPrefix;
        TargetShare = targetShare;
        _maxWeight = fleet.Enterprises.Select(e => e.Propensity + PropensityFloor).DefaultIfEmpty(1).Max();
    }

    public double TargetShare { get; }

    /// <summary>The next event, at <paramref name="now"/>; the fleet takes it in at once (it is sent next).</summary>
    public EnterpriseEvent Next(DateTimeOffset now)
    {
        _fleet.Refresh(now);
        var evt = _random.NextDouble() < ClassChangeShare ? ChangeClass(now) : Routine(now);
        _fleet.Apply(evt, now);
        return evt;
    }

    private EnterpriseEvent Routine(DateTimeOffset now)
    {
        EnterpriseEvent? chosen = _random.NextDouble() switch
        {
            < 0.875 => PassedSampling(now),
            < 0.925 => Reinspection(now, passed: true),
            < 0.98 => PickHighRisk() is { } failing ? FailedSampling(failing, now) : null,
            < 0.993 => PickHighRisk() is { } penalised ? Penalty(penalised, now) : null,
            _ => Reinspection(now, passed: false),
        };
        return chosen ?? PassedSampling(now);
    }

    private EnterpriseEvent ChangeClass(DateTimeOffset now)
    {
        // −1 … 1: how far below or above its target the share is, in tolerances.
        var drift = Math.Clamp((_fleet.HighRiskShare - TargetShare) / Tolerance, -1, 1);
        var up = _random.NextDouble() < 0.5 - 0.5 * drift;
        return (up ? NewHighRisk(now, drift) : Recovery(now)) ?? PassedSampling(now);
    }

    private EnterpriseEvent? NewHighRisk(DateTimeOffset now, double drift)
    {
        if (drift < 0 && _random.NextDouble() < 0.3 && PickLowRisk(_ => true) is { } index)
        {
            return _random.Next(100) switch
            {
                < 60 => FailedSampling(index, now),
                < 80 => Penalty(index, now),
                < 92 => DemoEvents.Refusal(NextId(), Enterprise(index), now, Pick(DemoCatalogue.RefusalNotes)),
                _ => DemoEvents.Accident(NextId(), Enterprise(index), now, Pick(Enterprise(index).Products),
                    Pick(DemoCatalogue.AccidentConsequences)),
            };
        }

        if (_random.NextDouble() < 0.65
            && PickLowRisk(i => Enterprise(i).LicenceNo is not null && _fleet.LicenceOf(i) == LicenceStanding.Valid) is { } suspended)
        {
            return DemoEvents.Suspension(NextId(), Enterprise(suspended), now);
        }

        return PickLowRisk(i => !_fleet.IsListed(i)) is { } listed
            ? DemoEvents.Listing(NextId(), Enterprise(listed), now, _count)
            : null;
    }

    private EnterpriseEvent? Recovery(DateTimeOffset now)
    {
        var liftable = new List<int>();
        for (var i = 0; i < _fleet.Count; i++)
        {
            if (_fleet.LicenceOf(i) == LicenceStanding.Suspended || _fleet.IsListed(i))
            {
                liftable.Add(i);
            }
        }

        if (liftable.Count == 0)
        {
            return null;
        }

        var index = liftable[_random.Next(liftable.Count)];
        var restore = _fleet.LicenceOf(index) == LicenceStanding.Suspended && (!_fleet.IsListed(index) || _random.NextDouble() < 0.5);
        return restore
            ? DemoEvents.Restoration(NextId(), Enterprise(index), now)
            : DemoEvents.Delisting(NextId(), Enterprise(index), now, _fleet.ListingNoOf(index)!);
    }

    private SamplingResult PassedSampling(DateTimeOffset now)
    {
        var index = _random.Next(_fleet.Count);
        var id = NextId();
        return DemoEvents.Sampling(id, Enterprise(index), now, Pick(Enterprise(index).Products), passed: true, "JC", _count);
    }

    private SamplingResult FailedSampling(int index, DateTimeOffset now)
    {
        var product = Pick(Enterprise(index).Products);
        if (_awaitingReinspection.Count >= ReinspectionMemory)
        {
            _awaitingReinspection.Dequeue();
        }

        _awaitingReinspection.Enqueue((index, product));
        var id = NextId();
        return DemoEvents.Sampling(id, Enterprise(index), now, product, passed: false, "JC", _count);
    }

    private AdministrativePenalty Penalty(int index, DateTimeOffset now)
    {
        var id = NextId();
        return DemoEvents.Penalty(id, Enterprise(index), now, Pick(DemoCatalogue.Violations), _count);
    }

    // The re-inspection after one of the simulator's own failed batches; null when none is waiting.
    private ReinspectionResult? Reinspection(DateTimeOffset now, bool passed) =>
        _awaitingReinspection.TryDequeue(out var waiting)
            ? DemoEvents.Reinspection(NextId(), Enterprise(waiting.Index), now, waiting.Product, passed)
            : null;

    // Weighted by the enterprise's town risk, so red counties stay the likeliest to get worse.
    private int? PickLowRisk(Func<int, bool> eligible)
    {
        for (var attempt = 0; attempt < 8 * _fleet.Count; attempt++)
        {
            var index = _random.Next(_fleet.Count);
            if (!_fleet.IsHighRisk(index) && eligible(index)
                && _random.NextDouble() * _maxWeight < Enterprise(index).Propensity + PropensityFloor)
            {
                return index;
            }
        }

        return null;
    }

    private int? PickHighRisk()
    {
        if (_fleet.HighRiskCount == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 8 * _fleet.Count; attempt++)
        {
            var index = _random.Next(_fleet.Count);
            if (_fleet.IsHighRisk(index))
            {
                return index;
            }
        }

        return null;
    }

    private DemoEnterprise Enterprise(int index) => _fleet.Enterprises[index];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string NextId() => string.Create(CultureInfo.InvariantCulture, $"{_idPrefix}{++_count}");
}
