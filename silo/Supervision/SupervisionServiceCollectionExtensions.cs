using Microsoft.Extensions.Options;
using QualityMap.Api.Supervision;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Supervision;

namespace QualityMap.Silo.Supervision;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>The "Supervision" and "Credit" sections (validated at start-up), the catalogue CSV parser and the endpoints' needs.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupervisionOptions>().Bind(configuration.GetSection(SupervisionOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Supervision options are invalid; see the README section \"Differentiated supervision\".")
            .ValidateOnStart();
        services.AddOptions<CreditOptions>().Bind(configuration.GetSection(CreditOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Credit options are invalid; see the README section \"Differentiated supervision\".")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SupervisionOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CreditOptions>>().Value);
        services.AddSingleton<ICatalogueCsvParser, CatalogueCsvParser>();
        services.AddSingleton<ISupervisionJournal, SupervisionJournal>();
        services.AddSupervisionApi();
        return services;
    }
}
