using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// The key-product catalogue. Every change is journaled, then applied and audited (who, when, what), and re-plans the enterprises that asked for
/// the changed products' grades. That index of enterprises lives in memory (the grain is kept alive): after a restart
/// an enterprise rejoins it at its next plan, so a catalogue change reaches dormant enterprises at their next event
/// or yearly re-plan rather than at once.
/// </summary>
[GrainType("catalogue")]
[KeepAlive]
public sealed class CatalogueGrain(ISupervisionJournal journal, TimeProvider time) : Grain<CatalogueState>, ICatalogueGrain
{
    private readonly Dictionary<string, HashSet<string>> _enterprisesByProduct = new(StringComparer.Ordinal);

    public async Task<int> ImportAsync(IReadOnlyList<KeyProduct> products, Officer by)
    {
        var changed = products.Where(p => !State.Products.TryGetValue(p.Code, out var old) || old != p)
            .GroupBy(p => p.Code, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await JournalAndApplyAsync(new CatalogueChange(
            Audit(by, "import", null, $"导入重点产品目录：{products.Count}条，变更{changed.Count}条"), changed));
        return changed.Count;
    }

    public async Task<KeyProduct> UpsertAsync(KeyProduct product, Officer by)
    {
        State.Products.TryGetValue(product.Code, out var old);
        // An edit keeps a raise that is in force; raising is its own audited action.
        var updated = old is null ? product : product with { RaisedGrade = old.RaisedGrade, RaisedUntil = old.RaisedUntil, RaiseReason = old.RaiseReason };
        await JournalAndApplyAsync(new CatalogueChange(Audit(by, old is null ? "add" : "edit", product.Code, old is null
            ? $"新增{product.Category}/{product.Name}，{(int)product.Grade}级"
            : $"{old.Category}/{old.Name}，{(int)old.Grade}级 → {product.Category}/{product.Name}，{(int)product.Grade}级"), [updated]));
        return updated;
    }

    public async Task<KeyProduct?> RaiseGradeAsync(string code, ProductRiskGrade grade, DateTimeOffset until, string reason, Officer by)
    {
        if (!State.Products.TryGetValue(code, out var product)) return null;
        var raised = product with { RaisedGrade = grade, RaisedUntil = until, RaiseReason = reason };
        await JournalAndApplyAsync(new CatalogueChange(
            Audit(by, "raise", code, $"因风险预警（{reason}）由{(int)product.Grade}级提升至{(int)grade}级，至{until:yyyy-MM-dd HH:mm zzz}"), [raised]));
        return raised;
    }

    public Task ReplayAsync(long seq, CatalogueChange change) => seq <= State.AppliedSeq ? Task.CompletedTask : ApplyAsync(seq, change);

    public Task<IReadOnlyList<KeyProduct>> ListAsync() =>
        Task.FromResult<IReadOnlyList<KeyProduct>>([.. State.Products.Values.OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<CatalogueAuditEntry>> AuditAsync() => Task.FromResult<IReadOnlyList<CatalogueAuditEntry>>([.. State.Audit]);

    public Task<IReadOnlyDictionary<string, KeyProduct>> GradesForAsync(string uscc, IReadOnlyList<string> codes)
    {
        var found = new Dictionary<string, KeyProduct>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!_enterprisesByProduct.TryGetValue(code, out var enterprises)) _enterprisesByProduct[code] = enterprises = new(StringComparer.Ordinal);
            enterprises.Add(uscc);
            if (State.Products.TryGetValue(code, out var product)) found[code] = product;
        }
        return Task.FromResult<IReadOnlyDictionary<string, KeyProduct>>(found);
    }

    private CatalogueAuditEntry Audit(Officer by, string action, string? code, string detail) => new(time.GetUtcNow(), by, action, code, detail);

    private async Task JournalAndApplyAsync(CatalogueChange change)
    {
        var seq = await journal.AppendAsync(change);   // acked = durable: journaled before any state changes
        await ApplyAsync(seq, change);
    }

    private async Task ApplyAsync(long seq, CatalogueChange change)
    {
        foreach (var product in change.Products) State.Products[product.Code] = product;
        // Catalogue edits are rare; the whole trail is kept.
        State.Audit.Add(change.Audit);
        State.AppliedSeq = seq;
        await WriteStateAsync();
        Replan(change.Products.Select(p => p.Code));
    }

    // One-way: the catalogue never waits for an enterprise, which may itself be waiting for the catalogue.
    private void Replan(IEnumerable<string> codes)
    {
        var enterprises = codes.SelectMany(c => _enterprisesByProduct.GetValueOrDefault(c) ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var uscc in enterprises) _ = GrainFactory.GetGrain<ISupervisionGrain>(uscc).ReplanAsync();
    }
}
