using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Silo.Faults;

public static class FaultsServiceCollectionExtensions
{
    /// <summary>Storage faults and a silo lost from the cluster answer 503 + Retry-After (through <c>UseExceptionHandler</c>).</summary>
    public static IServiceCollection AddFaultHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<StorageUnavailableExceptionHandler>()
            .AddExceptionHandler<SiloUnavailableExceptionHandler>();
}
