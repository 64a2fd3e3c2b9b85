using Microsoft.Extensions.Options;
using QualityMap.Api;
using QualityMap.Api.Epcis;
using QualityMap.Api.Security;
using QualityMap.Api.Codes;
using QualityMap.Api.Ingestion;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;
using QualityMap.Grains.Trends;
using QualityMap.Grains.Warnings;

using QualityMap.Silo.Cluster;
using QualityMap.Silo.Ingestion;
using QualityMap.Silo.Demo;
using QualityMap.Silo.Faults;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Metrics;
using QualityMap.Silo.Regions;
using QualityMap.Silo.Startup;
using QualityMap.Silo.Storage;
using QualityMap.Silo.Trace;
using QualityMap.Silo.Wall;
using QualityMap.Silo.Supervision;

namespace QualityMap.Silo;

public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Everything the silo runs. The order of the hosted services is the start-up order: migrate storage,
    /// start the Orleans silo, rebuild the map, dispatch the journal, then the demo.
    /// </summary>
    public static IServiceCollection AddQualityMapSilo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQualityMapStorage(configuration);
        // After storage: the migrations create the tables Orleans' reminders and membership read at silo start.
        services.AddHostedService<LegacyReminderImport>();
        services.AddOrleans(silo => silo.UseQualityMapCluster(configuration));
        services.AddRules(configuration);
        services.AddRegionTree(configuration);
        services.AddSupervision(configuration);

        services.AddOptions<DispatchOptions>().Bind(configuration.GetSection(DispatchOptions.SectionName))
            .Validate(o => o.MaxInFlight > 0 && o.MaxAttempts > 0 && o.CheckpointInterval > TimeSpan.Zero
                && o.KeeperInterval > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero,
                "Dispatch options must be positive.")
            .ValidateOnStart();
        services.AddSingleton<KnownEnterprises>();
        services.AddSingleton<BatchOwnership>();
        services.AddSingleton<JournalDispatcher>();
        services.AddSingleton<IWarningJournal, WarningStepJournal>();
        services.AddSingleton<IEventIngestion, IngestionPipeline>();
        services.AddSingleton<ITraceCapture, TraceCapturePipeline>();
        services.AddSingleton<IEpcisEventStore, JournalEpcisEventStore>();
        services.AddSingleton<IBatchFlags, BatchFlagAlerts>();
        services.AddSingleton<MapRebuilder>();
        services.AddSingleton<CountyDeskLoader>();

        services.AddHostedService<SiloStartup>();
        services.AddHostedService<MapRepairAfterSiloDeath>();
        services.AddHostedService<DispatchKeeper>();
        services.AddHostedService(sp => sp.GetRequiredService<CountyDeskLoader>());
        services.AddQualityMapApi(configuration);
        // A generated code signing key lives beside the database: printed codes must verify after every restart.
        services.AddQualityMapCodes(configuration, sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        // The session-cookie keys live in the database: a restart must not sign everybody out, and every silo must
        // accept every silo's cookies. Earlier versions kept them in {DataDirectory}/session-keys: imported once.
        services.AddQualityMapSecurity(configuration, sp => sp.GetRequiredService<AdoSessionKeyRepository>());
        services.AddJournalIntegrity();
        services.AddFaultHandling();
        services.AddDemo(configuration);
        services.AddWall(configuration);
        services.AddHealthChecks();
        services.AddQualityMapMetrics(configuration);
        return services;
    }

    // Grains take plain option objects: they never see configuration or the options framework.
    private static void AddRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClassificationOptions>().Bind(configuration.GetSection(ClassificationOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Classification options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddOptions<ColourOptions>().Bind(configuration.GetSection(ColourOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Colour thresholds are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClassificationOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ColourOptions>>().Value);
        services.AddOptions<WarningOptions>().Bind(configuration.GetSection(WarningOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Warning options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<WarningOptions>>().Value);
        services.AddOptions<TrendOptions>().Bind(configuration.GetSection(TrendOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Trend options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrendOptions>>().Value);
    }

    private static void AddRegionTree(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegionOptions>().Bind(configuration.GetSection(RegionOptions.SectionName));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RegionOptions>>().Value;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var tree = string.IsNullOrWhiteSpace(options.Source)
                ? RegionTreeLoader.LoadBuiltInJiaxing()
                : RegionTreeLoader.Load(options.Source, options.Root);
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RegionTreeLoader)).LogInformation(
                "Start-up phase {Phase}: {Milliseconds} ms ({Regions} regions)", "regions", clock.ElapsedMilliseconds, tree.All.Count());
            return tree;
        });
    }
}
