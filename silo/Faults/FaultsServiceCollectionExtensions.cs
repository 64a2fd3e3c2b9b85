using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Silo.Faults;

public static class FaultsServiceCollectionExtensions
{
    /// <summary>Storage faults answer 503 + Retry-After (through <c>UseExceptionHandler</c>).</summary>
    public static IServiceCollection AddStorageFaultHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<StorageUnavailableExceptionHandler>();
}
