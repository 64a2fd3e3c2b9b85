using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>The city bureau's key-product catalogue (重点产品目录); one per deployment, key <see cref="CatalogueKeys.City"/>.</summary>
public interface ICatalogueGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the given products (a CSV import); audited as one change.</summary>
    Task<int> ImportAsync(IReadOnlyList<KeyProduct> products, Officer by);

    /// <summary>Adds or edits one product's category, name and grade; audited.</summary>
    Task<KeyProduct> UpsertAsync(KeyProduct product, Officer by);

    /// <summary>Raises a product's grade until a moment after a domestic or foreign risk alert; null if the product is unknown.</summary>
    Task<KeyProduct?> RaiseGradeAsync(string code, ProductRiskGrade grade, DateTimeOffset until, string reason, Officer by);

    /// <summary>Applies a journaled change again (the dispatcher at start-up or in a rebuild); skips one already applied.</summary>
    Task ReplayAsync(long seq, CatalogueChange change);

    Task<IReadOnlyList<KeyProduct>> ListAsync();

    Task<IReadOnlyList<CatalogueAuditEntry>> AuditAsync();

    /// <summary>The catalogue entries of <paramref name="codes"/>; the enterprise is re-planned when one of them changes.</summary>
    Task<IReadOnlyDictionary<string, KeyProduct>> GradesForAsync(string uscc, IReadOnlyList<string> codes);
}
