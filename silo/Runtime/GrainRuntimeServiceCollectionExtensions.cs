using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>Registers the grain runtime for the grain classes found in <paramref name="grainAssemblies"/>.</summary>
    public static IServiceCollection AddGrainRuntime(
        this IServiceCollection services, IConfiguration configuration, params Assembly[] grainAssemblies)
    {
        services.AddOptions<GrainRuntimeOptions>()
            .Bind(configuration.GetSection(GrainRuntimeOptions.SectionName))
            .Validate(o => o.IdleDeactivationAge > TimeSpan.Zero, "Grains:IdleDeactivationAge must be positive.")
            .Validate(o => o.CollectionInterval > TimeSpan.Zero, "Grains:CollectionInterval must be positive.")
            .Validate(o => o.ReminderDeliveryConcurrency > 0, "Grains:ReminderDeliveryConcurrency must be positive.")
            .Validate(o => o.ReminderLoadAhead > TimeSpan.Zero, "Grains:ReminderLoadAhead must be positive.")
            .Validate(o => o.WriteBehindDelay >= TimeSpan.Zero && o.WriteBehindMaxQueued > 0 && o.WriteBehindChunk > 0,
                "Grains:WriteBehindDelay must not be negative; Grains:WriteBehindMaxQueued and Grains:WriteBehindChunk must be positive.")
            .ValidateOnStart();
        // Ahead of the runtime's and the silo's other hosted services, so it stops after them: see GrainRuntimeShutdown.
        services.AddHostedService<GrainRuntimeShutdown>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new GrainTypeRegistry(grainAssemblies));
        services.AddSingleton<StateWriteBehind>();
        services.AddSingleton<GrainCatalog>();
        services.AddSingleton<IGrainFactory, GrainFactory>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<ReminderService>());
        services.AddHostedService<IdleCollectionService>();
        return services;
    }
}
