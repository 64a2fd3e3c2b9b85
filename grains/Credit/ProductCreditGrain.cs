
namespace QualityMap.Grains.Credit;

/// <summary>
/// Scores one product live with the operators' point table and class boundaries (方案 §二, §三(一)): every producer's
/// supervision grain tells it one-way about each scored event that names the product, so one score accumulates
/// across producers and counties. The standing is folded from the observations when read, like an operator's.
/// </summary>
[GrainType("product-credit")]
public sealed class ProductCreditGrain(CreditOptions credit) : Grain<ProductCreditState>, IProductCreditGrain
{
    public async Task ObserveAsync(ProductObservation observation)
    {
        var changed = State.Product is null;
        State.Product ??= observation.Product;
        var item = observation.Observation;
        if (State.Observations.TrueForAll(o => o.EventId != item.EventId))
        {
            State.Observations.Add(item);
            changed = true;
        }
        var producer = State.Producers.TryGetValue(observation.Uscc, out var known)
            ? known with
            {
                CountyCode = observation.CountyCode ?? known.CountyCode,
                FirstSeenAt = item.OccurredAt < known.FirstSeenAt ? item.OccurredAt : known.FirstSeenAt,
                LastSeenAt = item.OccurredAt > known.LastSeenAt ? item.OccurredAt : known.LastSeenAt,
            }
            : new ProductProducer(observation.Uscc, observation.CountyCode, item.OccurredAt, item.OccurredAt);
        if (producer != known)
        {
            State.Producers[observation.Uscc] = producer;
            changed = true;
        }
        if (changed) await WriteStateAsync();
    }

    public Task<ProductCreditView?> GetAsync()
    {
        if (State.Product is not { } product) return Task.FromResult<ProductCreditView?>(null);
        var standing = Standing();
        return Task.FromResult<ProductCreditView?>(new ProductCreditView(
            product.Brand, product.NiceClass, standing,
            CreditMeasureRules.For(standing.Class, credit),
            CreditRules.Publication(standing.Class, standing.Entries),
            [.. State.Producers.Values.OrderBy(p => p.FirstSeenAt).ThenBy(p => p.Uscc, StringComparer.Ordinal)]));
    }

    public Task<ProductCreditSummary?> SummaryAsync()
    {
        if (State.Product is not { } product) return Task.FromResult<ProductCreditSummary?>(null);
        var standing = Standing();
        return Task.FromResult<ProductCreditSummary?>(new ProductCreditSummary(product.Brand, product.NiceClass, standing.Score, standing.Class));
    }

    private CreditStanding Standing() => CreditScoring.Score(State.Observations, credit.Points);
}
