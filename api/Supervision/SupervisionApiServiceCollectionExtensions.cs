using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Api.Supervision;

public static class SupervisionApiServiceCollectionExtensions
{
    /// <summary>What the supervision endpoints need besides the grains; the CSV parser comes from the silo.</summary>
    public static IServiceCollection AddSupervisionApi(this IServiceCollection services) =>
        services.AddSingleton<RegionTreeLookup>();
}
