namespace QualityMap.Grains.Warnings;

/// <summary>Where warning grains journal their workflow steps, durably, before they change any state.</summary>
public interface IWarningJournal
{
    /// <summary>Appends the step and returns its journal sequence once it is committed.</summary>
    Task<long> AppendAsync(WarningStep step);

    /// <summary>
    /// Appends the step under <paramref name="uniqueKey"/> and returns its sequence, or null (nothing appended) when a
    /// step was journaled under that key before: the journal's own idempotency key keeps a document number to one document.
    /// </summary>
    Task<long?> AppendUniqueAsync(WarningStep step, string uniqueKey);
}
