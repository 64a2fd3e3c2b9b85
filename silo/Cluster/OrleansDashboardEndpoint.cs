using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;
using QualityMap.Api.Security;
using QualityMap.Api.Security.Browser;

namespace QualityMap.Silo.Cluster;

/// <summary>
/// Orleans' own dashboard (Microsoft.Orleans.Dashboard): silos, grain types and activations, method call rates and
/// latencies, reminders, live, for diagnosing a cluster at a glance. It shows grain keys and stored state (enterprise
/// data), so every page and API under <see cref="Path"/> is for city administrators only, signed in with the service's
/// own sign-in (<see cref="Policies.Administer"/>); its live log stream stays off. Method profiling runs only while
/// someone has the dashboard open (Orleans stops it a minute after the last query).
/// </summary>
public static class OrleansDashboardEndpoint
{
    public const string Path = "/admin/orleans";

    public static ISiloBuilder AddQualityMapOrleansDashboard(this ISiloBuilder silo) => silo.AddDashboard(options => options.HideTrace = true);

    // Orleans' page has one style attribute (its "Loading..." placeholder) and embeds its icon font as data: URLs;
    // the service's policy admits exactly those, and still no inline script.
    private static readonly PagePolicy Page = new([], "same-origin")
    {
        StyleAttributeHashes = [ContentSecurityPolicy.HashOf("padding-top: 25px;")],
        DataFonts = true,
    };

    /// <summary>Maps the dashboard unless <see cref="ClusterSettings.OrleansDashboard"/> turned it off.</summary>
    public static void MapOrleansDashboardForAdministrators(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ClusterSettings.SectionName).Get<ClusterSettings>() ?? new ClusterSettings();
        if (settings.OrleansDashboard) app.MapOrleansDashboard(Path).RequireAuthorization(Policies.Administer).WithMetadata(Page);
    }
}
