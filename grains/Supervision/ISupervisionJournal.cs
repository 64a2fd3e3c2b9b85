namespace QualityMap.Grains.Supervision;

/// <summary>
/// Where the catalogue and the enterprises' supervision journal their bureau actions, durably, before they change
/// any state or answer: the same hash-chained journal as events, so a rebuild restores them and verify covers them.
/// </summary>
public interface ISupervisionJournal
{
    /// <summary>Appends a catalogue import, edit or raise and returns its journal sequence once committed.</summary>
    Task<long> AppendAsync(CatalogueChange change);

    /// <summary>Appends a task result and returns its journal sequence once committed.</summary>
    Task<long> AppendAsync(TaskResult result);
}
