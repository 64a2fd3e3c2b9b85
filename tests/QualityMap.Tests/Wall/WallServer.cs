using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace QualityMap.Tests.Wall;

/// <summary>
/// The whole silo on a real loopback Kestrel port (a browser cannot reach the in-memory test server), with the
/// real clock so the live stream's timers run. A second server on the same port and directory is a restart.
/// </summary>
public sealed class WallServer : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly Dictionary<string, string?> _settings;

    public WallServer(int port, string dataDirectory, Dictionary<string, string?> settings)
    {
        Port = port;
        _dataDirectory = dataDirectory;
        _settings = settings;
        UseKestrel(port);
        StartServer();
        Credentials = TestCredentials.ProvisionAsync(Services).GetAwaiter().GetResult();
        Http = Credentials.ClientFor(new Uri(BaseUrl));
    }

    public TestCredentials Credentials { get; }

    /// <summary>The wall's address with its access key, as a command centre opens it.</summary>
    public string WallUrl => $"{BaseUrl}/wall/#key={Credentials.CityKey}";

    public int Port { get; }

    public string BaseUrl => $"http://localhost:{Port}";

    public HttpClient Http { get; }

    public async Task PostEventsAsync(params object[] events)
    {
        using var response = await Http.PostAsJsonAsync("/api/events", new { events });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A port nobody listens on right now; the test keeps it across a restart.</summary>

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Http.Dispose();
        base.Dispose(disposing);
    }
}
