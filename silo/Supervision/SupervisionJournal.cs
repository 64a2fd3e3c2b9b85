using System.Text.Json;
using System.Text.Json.Serialization;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Supervision;

/// <summary>
/// Journals catalogue changes and task results in the hash-chained journal beside the events, so a bureau's
/// supervision actions are as tamper-evident as the data and a rebuild restores them; the dispatcher hands them back
/// to their grains (<see cref="ApplierOf"/>) so that one whose state write was lost in a crash is applied after a restart.
/// </summary>
public sealed class SupervisionJournal(IJournal journal, JournalDispatcher dispatcher) : ISupervisionJournal
{
    public const string CatalogueChangeKind = "catalogue_change";
    public const string TaskResultKind = "task_result";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    // The catalogue grain decides each change once, so its id only has to be unique.
    public Task<long> AppendAsync(CatalogueChange change) => AppendAsync(new JournalEntry(
        $"catalogue-change:{Guid.NewGuid():N}", CatalogueChangeKind, CatalogueKeys.City, change.Audit.At, JsonSerializer.Serialize(change, Options)));

    // A task is completed once, so its id is the idempotency key.
    public Task<long> AppendAsync(TaskResult result) => AppendAsync(new JournalEntry(
        $"task-result:{result.Task.Id}", TaskResultKind, result.Uscc, result.Task.Outcome!.CompletedAt, JsonSerializer.Serialize(result, Options)));

    /// <summary>The replay of a supervision record; null for a record of another kind.</summary>
    public static Func<Task>? ApplierOf(JournalRecord record, IGrainFactory grains) => record.Kind switch
    {
        CatalogueChangeKind => () => grains.GetGrain<ICatalogueGrain>(record.Subject).ReplayAsync(record.Seq, Read<CatalogueChange>(record.Payload)),
        TaskResultKind => () => grains.GetGrain<ISupervisionGrain>(record.Subject).ReplayAsync(record.Seq, Read<TaskResult>(record.Payload)),
        _ => null,
    };

    private async Task<long> AppendAsync(JournalEntry entry)
    {
        var record = (await journal.AppendAsync([entry]))[0].Record;
        dispatcher.Notify([record]);
        return record.Seq;
    }

    private static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException($"A journaled {typeof(T).Name} is null.");
}
