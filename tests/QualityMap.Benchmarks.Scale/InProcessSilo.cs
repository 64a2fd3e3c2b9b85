using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Silo;
using QualityMap.Silo.Startup;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// The silo's own services (storage, grain runtime, journal, dispatcher, start-up rebuild) in this process, over a
/// data directory and the national region list, so the benchmark can call the ingestion pipeline and grains
/// directly and read this process's heap.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSilo(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<InProcessSilo> StartAsync(ScaleOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in SiloSettings.For(options)) builder.Configuration[key] = value;
        builder.Configuration["Logging:LogLevel:Default"] = "Error";
        builder.Services.AddQualityMapSilo(builder.Configuration);
        var app = builder.Build();
        await app.StartAsync();
        // The county desks load in the background once the silo serves: a burst or a heap measured while they still
        // read 400,000 supervision states would count their load too (it once doubled the heap per enterprise grain).
        await app.Services.GetRequiredService<CountyDeskLoader>().Loaded;
        return new InProcessSilo(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
