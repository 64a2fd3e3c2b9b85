using QualityMap.Api;
using QualityMap.Api.Security.Browser;
using QualityMap.Silo;
using QualityMap.Silo.Cluster;
using QualityMap.Silo.Commands;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Metrics;
using QualityMap.Silo.Wall;

// "--demo" is the one flag of the README's run command; everything else is --Section:Key=value configuration.
args = [.. args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a)];
// Maintenance verbs (rebuild, verify) run and exit instead of serving.
if (SiloCommands.TryRun(args, out var exitCode)) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddQualityMapSilo(builder.Configuration);

var app = builder.Build();
app.ListenOnMetricsPort();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Security headers on every answer and the Origin rule for signed-in browsers, before anything can answer.
app.UseBrowserSecurity();
// The wall's page and bundles are public files (its data needs a key); served before authorisation applies.
app.MapWall();
app.UseAuthentication();
app.UseAuthorization();
// After authorisation, so ingest and exports are counted per key and per account (api/RateLimiting).
app.UseRateLimiter();
app.MapQualityMapApi();
app.MapJournalApi();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapQualityMapMetrics();
app.MapOrleansDashboardForAdministrators();
app.Run();
return 0;

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
