using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Alerts;

namespace QualityMap.Api.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>The alert feed the alert grains publish on, the streams, and the re-send/escalation delays.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Alerts options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AlertOptions>>().Value);
        services.AddSingleton<AlertFeed>();
        services.AddSingleton<AlertStreams>();
        return services;
    }
}
