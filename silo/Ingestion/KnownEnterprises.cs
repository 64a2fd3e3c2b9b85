using System.Collections.Concurrent;
using QualityMap.Grains.Events;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// The enterprises that have a journaled registration. Events for any other enterprise are refused at the
/// door: a sampling result for an unknown company would be counted in no town. The set is this silo's memory of
/// the journal; a registration another silo of the cluster journaled is found in the journal on first asking.
/// </summary>
public sealed class KnownEnterprises(IJournal journal)
{
    private readonly ConcurrentDictionary<string, byte> _usccs = new(StringComparer.Ordinal);

    public int Count => _usccs.Count;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var uscc in await journal.SubjectsOfKindAsync(EventKinds.EnterpriseRegistered, cancellationToken))
            _usccs.TryAdd(uscc, 0);
    }

    public async ValueTask<bool> IsRegisteredAsync(string uscc, CancellationToken cancellationToken)
    {
        if (_usccs.ContainsKey(uscc)) return true;
        if (!await journal.HasSubjectOfKindAsync(EventKinds.EnterpriseRegistered, uscc, cancellationToken)) return false;
        _usccs.TryAdd(uscc, 0);
        return true;
    }

    public IEnumerable<string> All => _usccs.Keys;

    public void Add(string uscc) => _usccs.TryAdd(uscc, 0);
}
