using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace QualityMap.Tests.Operations;

/// <summary>
/// A real Prometheus on loopback scraping the given targets every second with the repository's alert rules, its data
/// in a directory of the caller's; queried over its HTTP API.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private PrometheusServer(ChildProcess process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public static async Task<PrometheusServer> StartAsync(TempDirectory directory, IEnumerable<string> targets)
    {
        var port = LoopbackPorts.Free();
        var config = directory.Write("prometheus.yml", $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {Repository.RulesFile}
            scrape_configs:
              - job_name: qualitymap
                static_configs:
                  - targets: [{string.Join(", ", targets.Select(t => $"\"{t}\""))}]
            """);
        var process = ChildProcess.Start(ExternalTool.Require("prometheus"),
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(directory.FullName, "tsdb")}",
            $"--web.listen-address=127.0.0.1:{port}",
        ], directory.FullName);
        var server = new PrometheusServer(process, $"http://127.0.0.1:{port}");
        await process.WaitUntilReadyAsync(server._http, $"{server.Url}/-/ready", TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>Runs an instant query and returns Prometheus' <c>data</c> object; a query error fails with its message.</summary>
    public async Task<JsonObject> QueryAsync(string promql)
    {
        using var response = await _http.GetAsync($"{Url}/api/v1/query?query={Uri.EscapeDataString(promql)}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if (body["status"]?.GetValue<string>() != "success")
            throw new InvalidOperationException($"{promql}: {body["errorType"]} {body["error"]}");
        return body["data"]!.AsObject();
    }

    /// <summary>The value of the query's first series, or null when it returns none.</summary>
    public async Task<double?> ScalarAsync(string promql)
    {
        var result = (await QueryAsync(promql))["result"]!.AsArray();
        return result.Count == 0 ? null : double.Parse(result[0]!["value"]![1]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }

    /// <summary><c>/api/v1/rules</c> (its groups) or <c>/api/v1/alerts</c> (its alerts).</summary>
    public async Task<JsonArray> ApiAsync(string path)
    {
        var body = await _http.GetFromJsonAsync<JsonObject>($"{Url}{path}");
        return body!["data"]![path.EndsWith("rules", StringComparison.Ordinal) ? "groups" : "alerts"]!.AsArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _http.Dispose();
    }
}
