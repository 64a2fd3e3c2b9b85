using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The silo listens on the metrics port (<see cref="MetricsOptions.Port"/>) besides the URLs it was given, so
/// <c>/metrics</c> has a port of its own with no set-up: publish the API port, not this one.
/// </summary>
public static class MetricsListenUrls
{
    private const string AspNetCoreDefault = "http://localhost:5000";

    /// <summary>
    /// The listen URLs: those configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>; else <c>ASPNETCORE_HTTP_PORTS</c>; else
    /// ASP.NET Core's default), plus plain HTTP on the metrics port on the host of the first, unless one listens there.
    /// </summary>
    public static IReadOnlyList<string> With(string? urls, string? httpPorts, int metricsPort)
    {
        List<string> listen = [.. Split(urls)];
        if (listen.Count == 0) listen.AddRange(Split(httpPorts).Select(port => $"http://*:{port}"));
        if (listen.Count == 0) listen.Add(AspNetCoreDefault);
        if (listen.Any(url => BindingAddress.Parse(url).Port == metricsPort)) return listen;
        return [.. listen, $"http://{BindingAddress.Parse(listen[0]).Host}:{metricsPort}"];
    }

    /// <summary>Binds the metrics port too; does nothing when <see cref="MetricsOptions.Port"/> is 0.</summary>
    public static void ListenOnMetricsPort(this WebApplication app)
    {
        var port = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port;
        if (port == 0) return;
        // Once an address is added, the server binds exactly the added ones and no longer reads the configured URLs.
        foreach (var url in With(app.Configuration["urls"], app.Configuration["http_ports"], port)) app.Urls.Add(url);
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
