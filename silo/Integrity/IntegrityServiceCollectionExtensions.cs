using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Silo.Integrity;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>The periodic journal anchor (hosted) and what the journal endpoints need.</summary>
    public static IServiceCollection AddJournalIntegrity(this IServiceCollection services)
    {
        services.AddSingleton<JournalAnchorService>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalAnchorService>());
        return services;
    }
}
