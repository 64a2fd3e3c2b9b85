using QualityMap.Grains.Supervision;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Rebuild;

/// <summary>
/// The journaled part of supervision in a <see cref="MapDigest"/>: the catalogue with its audit trail, and per
/// enterprise its completed tasks and the re-inspections they ordered. Open planned tasks are left out: the planner
/// makes them from the clock at the time it runs, not from the journal.
/// </summary>
public static class SupervisionDigest
{
    public const string CatalogueKey = "catalogue";

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IGrainStateStore states, CancellationToken cancellationToken)
    {
        var digest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var stored in states.ReadAllAsync(nameof(CatalogueGrain), cancellationToken))
        {
            var state = GrainStateSerializer.Deserialize<CatalogueState>(stored.Payload);
            var products = state.Products.Values.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => p.ToString());
            var audit = state.Audit.Select(a => $"{a.At:O} {a.By.ActorId}/{a.By.Role} {a.Action} {a.ProductCode} {a.Detail}");
            digest[CatalogueKey] = string.Join(" | ", products.Concat(audit));
        }
        await foreach (var stored in states.ReadAllAsync(nameof(SupervisionGrain), cancellationToken))
        {
            var state = GrainStateSerializer.Deserialize<SupervisionState>(stored.Payload);
            var journaled = state.Tasks.Where(t => t.Outcome is not null || t.FollowsTaskId is not null).OrderBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => t.Outcome is { } o
                    ? $"{t.Id} {t.Kind} passed={o.Passed} by={o.By.ActorId}/{o.By.Role} at={o.CompletedAt:O} findings={string.Join(",", o.Findings)} event={o.EventId}"
                    : $"{t.Id} {t.Kind} follows={t.FollowsTaskId} due={t.Due:O}")
                .ToList();
            if (journaled.Count > 0) digest[stored.Key] = string.Join(" | ", journaled);
        }
        return digest;
    }
}
