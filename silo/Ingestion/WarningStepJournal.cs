using QualityMap.Grains.Warnings;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// Journals warning workflow steps in the same hash-chained journal as enterprise events, so the whole state
/// stays a function of the journal and every bureau action is as tamper-evident as the data it acted on.
/// </summary>
public sealed class WarningStepJournal(IJournal journal, JournalDispatcher dispatcher) : IWarningJournal
{
    public const string Kind = "warning_step";

    // The warning grain decides each step once, so the id only has to be unique, not repeatable.
    public async Task<long> AppendAsync(WarningStep step) => (await AppendUnderAsync(step, $"warning-step:{Guid.NewGuid():N}"))!.Value;

    public Task<long?> AppendUniqueAsync(WarningStep step, string uniqueKey) => AppendUnderAsync(step, "warning-step:" + uniqueKey);

    private async Task<long?> AppendUnderAsync(WarningStep step, string eventId)
    {
        var entry = new JournalEntry(eventId, Kind, step.WarningId, step.At, WarningStepSerializer.Serialize(step));
        var appended = (await journal.AppendAsync([entry]))[0];
        if (appended.Duplicate) return null;
        dispatcher.Notify([appended.Record]);
        return appended.Record.Seq;
    }
}
