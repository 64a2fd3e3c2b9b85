using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Api.Printing;

public static class PrintingServiceCollectionExtensions
{
    /// <summary>The CJK typeface that labels and PDFs print with (section "Printing"), found on first use.</summary>
    public static IServiceCollection AddQualityMapPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrintingOptions>().Bind(configuration.GetSection(PrintingOptions.SectionName));
        services.AddSingleton<CjkTypeface>();
        return services;
    }
}
