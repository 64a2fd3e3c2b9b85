using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityMap.Api.Codes.Exports;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Codes.Signing;
using QualityMap.Api.Codes.Verification;

namespace QualityMap.Api.Codes;

public static class CodesServiceCollectionExtensions
{
    /// <summary>
    /// The quality safety code: options (section "Codes", validated at start-up), signing keys, renderers, metrics and
    /// bulk exports. <paramref name="defaultKeyDirectory"/> says where an earlier version's generated key file is looked for
    /// unless Codes:KeyDirectory is set (the silo passes its storage data directory).
    /// </summary>
    public static IServiceCollection AddQualityMapCodes(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> defaultKeyDirectory)
    {
        services.AddOptions<CodesOptions>()
            .Bind(configuration.GetSection(CodesOptions.SectionName))
            .PostConfigure<IServiceProvider>((options, sp) => options.KeyDirectory ??= defaultKeyDirectory(sp))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CodesOptions>, CodesOptionsValidator>();
        services.AddHostedService<SigningKeyStartup>();
        services.AddSingleton<CodeSigner>();
        services.AddSingleton<HanXinEncoder>();
        services.AddSingleton<CodeMetrics>();
        services.AddSingleton<CodeRenderer>();
        services.AddSingleton<LabelSheetFit>();
        services.AddSingleton<CodeExports>();
        return services;
    }

    /// <summary>The code endpoints: images, the public verification page, bulk exports.</summary>
    public static IEndpointRouteBuilder MapQualityMapCodes(this IEndpointRouteBuilder app)
    {
        app.MapCodesApi();
        app.MapVerificationPage();
        app.MapCodeExportsApi();
        app.MapSigningKeysApi();
        return app;
    }
}
