using QualityMap.Api;
using QualityMap.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddQualityMapSilo(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapQualityMapApi();
app.MapHealthChecks("/health");
app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
