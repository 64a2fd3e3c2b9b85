using System.Diagnostics;
using System.Text.Json.Nodes;
using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Live;

/// <summary>
/// A script of tests/js in a Node process (live-client.mjs watches the map, alert-client.mjs a bureau's alerts): the
/// official SignalR JavaScript client, driven by commands on its standard input, answering one JSON line per command.
/// </summary>
public sealed class NodeLiveClient : IAsyncDisposable
{
    private readonly Process _node;

    private NodeLiveClient(Process node) => _node = node;

    /// <param name="arguments">Further arguments of the script, after the key.</param>
    public static NodeLiveClient Start(Uri baseUrl, string regionCode, string apiKey, string script = "live-client.mjs", params string[] arguments)
    {
        var scripts = RepositoryFile("tests", "js");
        if (!Directory.Exists(Path.Combine(scripts, "node_modules", "@microsoft", "signalr")))
            throw new InvalidOperationException($"@microsoft/signalr is not installed in {scripts}: run ./test.sh, which runs npm ci there.");
        var start = new ProcessStartInfo("node", [Path.Combine(scripts, script), baseUrl.ToString().TrimEnd('/'), regionCode, apiKey, .. arguments])
        {
            WorkingDirectory = scripts,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return new NodeLiveClient(Process.Start(start) ?? throw new InvalidOperationException("node did not start"));
    }

    /// <summary>Sends a command and returns its answer; an "error" answer or no answer in 30 s fails the test.</summary>
    public async Task<JsonObject> SendAsync(string command)
    {
        await _node.StandardInput.WriteLineAsync(command);
        await _node.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await _node.StandardOutput.ReadLineAsync(timeout.Token)
                   ?? throw new InvalidOperationException($"node exited: {await _node.StandardError.ReadToEndAsync()}");
        var answer = JsonNode.Parse(line)!.AsObject();
        if (answer["event"]!.GetValue<string>() == "error") throw new InvalidOperationException($"'{command}' failed in node: {line}");
        return answer;
    }

    private static string RepositoryFile(params string[] parts) => Path.Combine([Repository.Root, .. parts]);

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            await _node.StandardInput.WriteLineAsync("quit");
            if (!_node.WaitForExit(TimeSpan.FromSeconds(5))) _node.Kill(entireProcessTree: true);
        }
        _node.Dispose();
    }
}
