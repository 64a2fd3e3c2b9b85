using QualityMap.Api.Ingestion;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Grains.Trace;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// What a batch registration must agree with beyond its own fields: the product is one its producer registered,
/// and the batch (GTIN and lot) is no other producer's. Asked of the grains before journaling, so a refusal leaves
/// nothing behind; the batch grain ignores a stranger's registration too, for a race between two requests.
/// </summary>
public sealed class BatchOwnership(IGrainFactory grains)
{
    /// <summary>A recall names a batch its producer registered.</summary>
    public async Task<FieldError?> RefuseAsync(BatchRecalled recall)
    {
        var batch = await grains.GetGrain<IBatchGrain>(new BatchKey(recall.Gtin, recall.Lot).GrainKey).GetAsync();
        return batch is not null && batch.ProducerUscc == recall.Uscc
            ? null
            : new FieldError("lot", FieldRules.RegisteredBatch,
                $"Enterprise {recall.Uscc} registered no batch {recall.Lot} of GTIN {recall.Gtin}; a recall names a registered batch of its producer.");
    }

    /// <param name="registeredInRequest">The producer's registration when the same request carries it (not applied yet).</param>
    public async Task<FieldError?> RefuseAsync(BatchRegistered batch, EnterpriseRegistered? registeredInRequest)
    {
        var products = registeredInRequest?.Products ?? (await grains.GetGrain<IEnterpriseGrain>(batch.Uscc).GetAsync())?.Products ?? [];
        if (products.All(p => p.Code != batch.ProductCode))
            return new FieldError("productCode", FieldRules.UnknownProduct,
                $"Product '{batch.ProductCode}' is not one of enterprise {batch.Uscc}'s registered products ({string.Join(", ", products.Select(p => p.Code))}).");
        var existing = await grains.GetGrain<IBatchGrain>(new BatchKey(batch.Gtin, batch.Lot).GrainKey).GetAsync();
        return existing is not null && existing.ProducerUscc != batch.Uscc
            ? new FieldError("lot", FieldRules.BatchOfAnotherProducer,
                $"Batch {batch.Lot} of GTIN {batch.Gtin} is registered by another producer; a GTIN and lot name one batch.")
            : null;
    }
}
