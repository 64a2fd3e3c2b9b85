using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Api.Security.Browser;

/// <summary>Browser protections of the whole service, declared once: security headers and the Origin rule.</summary>
public static class BrowserSecurityExtensions
{
    public static IServiceCollection AddBrowserSecurity(this IServiceCollection services)
    {
        services.AddOptions<BrowserPageOptions>();
        services.AddSingleton<ContentSecurityPolicy>();
        return services;
    }

    /// <summary>First in the pipeline, so that every answer, error pages and static files included, carries the headers.</summary>
    public static IApplicationBuilder UseBrowserSecurity(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseMiddleware<CrossSiteRequestMiddleware>();
}
