using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// The simulator's memory of the demo enterprises: the facts it seeded and sent, and the class the rules give
/// them (the same <see cref="Classifier"/> the grains use). It lets the simulator restore only licences that
/// are suspended, delist only listed enterprises, and steer the overall high-risk share. It does not see events
/// from other sources, which is fine for a demo.
/// </summary>
internal sealed class DemoFleet
{
    private readonly ClassificationOptions _options;
    private readonly Dictionary<string, int> _indexByUscc;
    private readonly EnterpriseFacts[] _facts;
    private readonly bool[] _highRisk;
    private readonly DateTimeOffset?[] _reviewAt;
    private readonly string?[] _listingNo;
    private readonly PriorityQueue<int, DateTimeOffset> _reviews = new();

    public DemoFleet(
        IReadOnlyList<DemoEnterprise> enterprises, IEnumerable<EnterpriseEvent> history, ClassificationOptions options, DateTimeOffset now)
    {
        Enterprises = enterprises;
        _options = options;
        _indexByUscc = enterprises.Select((e, i) => (e.Uscc, i)).ToDictionary(p => p.Uscc, p => p.i, StringComparer.Ordinal);
        _facts = Enumerable.Repeat(EnterpriseFacts.None, enterprises.Count).ToArray();
        _highRisk = new bool[enterprises.Count];
        _reviewAt = new DateTimeOffset?[enterprises.Count];
        _listingNo = new string?[enterprises.Count];
        foreach (var evt in history)
        {
            Fold(evt);
        }

        for (var i = 0; i < enterprises.Count; i++)
        {
            Classify(i, now);
        }
    }

    public IReadOnlyList<DemoEnterprise> Enterprises { get; }

    public int Count => Enterprises.Count;

    public int HighRiskCount { get; private set; }

    public double HighRiskShare => Count == 0 ? 0 : (double)HighRiskCount / Count;

    public bool IsHighRisk(int index) => _highRisk[index];

    public LicenceStanding LicenceOf(int index) => _facts[index].Licence?.Value ?? LicenceStanding.Valid;

    public bool IsListed(int index) => _facts[index].DishonestyListing?.Value == true;

    /// <summary>The number of the listing that currently holds, for the matching delisting.</summary>
    public string? ListingNoOf(int index) => IsListed(index) ? _listingNo[index] : null;

    public bool TryGetIndex(string uscc, out int index) => _indexByUscc.TryGetValue(uscc, out index);

    /// <summary>Takes in an event the simulator sends and reclassifies its enterprise.</summary>
    public void Apply(EnterpriseEvent evt, DateTimeOffset now)
    {
        var index = Fold(evt);
        if (index is { } i)
        {
            Classify(i, now);
        }
    }

    /// <summary>Reclassifies the enterprises whose facts aged out by <paramref name="now"/>, as the grains' reminders do.</summary>
    public void Refresh(DateTimeOffset now)
    {
        while (_reviews.TryPeek(out var index, out var due) && due <= now)
        {
            _reviews.Dequeue();
            // A newer classification may have moved the review; only the current one counts.
            if (_reviewAt[index] == due)
            {
                Classify(index, now);
            }
        }
    }

    private int? Fold(EnterpriseEvent evt)
    {
        if (!_indexByUscc.TryGetValue(evt.Uscc, out var index))
        {
            return null;
        }

        _facts[index] = _facts[index].With(evt);
        if (evt is DishonestyListed listed)
        {
            _listingNo[index] = listed.ListingNo;
        }

        return index;
    }

    private void Classify(int index, DateTimeOffset now)
    {
        _facts[index] = _facts[index].Without(now.AddMonths(-_options.LongestWindowMonths));
        var result = Classifier.Classify(_facts[index], now, _options);
        var highRisk = result.Class == RiskClass.High;
        if (highRisk != _highRisk[index])
        {
            HighRiskCount += highRisk ? 1 : -1;
            _highRisk[index] = highRisk;
        }

        var previous = _reviewAt[index];
        _reviewAt[index] = result.ReviewAt;
        if (result.ReviewAt is { } due && due != previous)
        {
            _reviews.Enqueue(index, due);
        }
    }
}
