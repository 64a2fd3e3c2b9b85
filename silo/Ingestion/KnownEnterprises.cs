using System.Collections.Concurrent;
using QualityMap.Grains.Events;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// The enterprises that have a journaled registration. Events for any other enterprise are refused at the
/// door: a sampling result for an unknown company would be counted in no town.
/// </summary>
public sealed class KnownEnterprises
{
    private readonly ConcurrentDictionary<string, byte> _usccs = new(StringComparer.Ordinal);

    public int Count => _usccs.Count;

    public async Task LoadAsync(IJournal journal, CancellationToken cancellationToken)
    {
        foreach (var uscc in await journal.SubjectsOfKindAsync(EventKinds.EnterpriseRegistered, cancellationToken))
            _usccs.TryAdd(uscc, 0);
    }

    public bool Contains(string uscc) => _usccs.ContainsKey(uscc);

    public IEnumerable<string> All => _usccs.Keys;

    public void Add(string uscc) => _usccs.TryAdd(uscc, 0);
}
