using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Api.Security;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Map;

namespace QualityMap.Api.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The map feed the grains publish on, and the SignalR hub that streams it.</summary>
    public static IServiceCollection AddLiveMap(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MapFeedOptions>().Bind(configuration.GetSection(MapFeedOptions.SectionName))
            .Validate(o => o.BufferSize > 0, "MapFeed:BufferSize must be positive.").ValidateOnStart();
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Live options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton<MapFeed>();
        // Grains publish through the cluster's feed grain; the relay brings its stream back into this silo's feeds.
        services.AddSingleton<LiveFeedPublisher>();
        services.AddSingleton<IMapFeed>(sp => sp.GetRequiredService<LiveFeedPublisher>());
        services.AddSingleton<IAlertFeed>(sp => sp.GetRequiredService<LiveFeedPublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeedPublisher>());
        services.AddSingleton<LiveFeedRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeedRelay>());
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<RegionSnapshots>();
        services.AddSingleton<LiveBroadcaster>();
        services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        return services;
    }

    public static IEndpointRouteBuilder MapLiveMap(this IEndpointRouteBuilder app)
    {
        app.MapHub<MapHub>(MapHub.Path).RequireAuthorization(Policies.ReadMap);
        return app;
    }
}
