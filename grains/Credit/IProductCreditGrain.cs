
using Orleans.Concurrency;

namespace QualityMap.Grains.Credit;

/// <summary>One product's credit (方案 §二(二)), keyed by <see cref="CreditObjectKey.Product"/>; it crosses producers and counties.</summary>
public interface IProductCreditGrain : IGrainWithStringKey
{
    /// <summary>Adds a scored item of the product (each event id once) and remembers its producer.</summary>
    [OneWay]
    Task ObserveAsync(ProductObservation observation);

    /// <summary>The product's credit; null if no event ever named it.</summary>
    Task<ProductCreditView?> GetAsync();

    /// <summary>Score and class only; null if no event ever named it.</summary>
    Task<ProductCreditSummary?> SummaryAsync();
}
