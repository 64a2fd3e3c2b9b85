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

    public async Task<long> AppendAsync(WarningStep step)
    {
        // The warning grain decides each step once, so the id only has to be unique, not repeatable.
        var entry = new JournalEntry($"warning-step:{Guid.NewGuid():N}", Kind, step.WarningId, step.At, WarningStepSerializer.Serialize(step));
        var record = (await journal.AppendAsync([entry]))[0].Record;
        dispatcher.Notify([record]);
        return record.Seq;
    }
}
