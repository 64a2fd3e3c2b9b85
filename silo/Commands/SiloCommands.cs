using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using QualityMap.Silo.Integrity;
using QualityMap.Silo.Rebuild;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Commands;

/// <summary>
/// Maintenance verbs of the silo executable, run instead of the service:
/// <list type="bullet">
/// <item><c>verify [--store S] [--from SEQ] [--anchor HASH]</c>: checks the journal's hash chain; exit 0 when
/// intact, 2 when broken (the report names the first broken seq).</item>
/// <item><c>rebuild --from S --into S</c>: rebuilds all grain state and the map from the journal of store
/// <c>--from</c> into the empty store <c>--into</c> and compares it with <c>--from</c>'s state; exit 0 when
/// equal, 1 when they differ (each difference is printed).</item>
/// </list>
/// A store S is <c>sqlite:&lt;data directory&gt;</c> or <c>postgres:&lt;connection string&gt;</c>; without
/// <c>--store</c>, verify uses the configured Storage section. Any <c>--Section:Key=value</c> applies as for the service.
/// </summary>
public static class SiloCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static bool TryRun(string[] args, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        exitCode = 0;
        if (args.Length == 0 || args[0] is not ("verify" or "rebuild")) return false;
        try
        {
            exitCode = args[0] == "verify" ? VerifyAsync(args[1..]).GetAwaiter().GetResult() : RebuildAsync(args[1..]).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or StorageUnavailableException)
        {
            Console.Error.WriteLine($"{args[0]}: {exception.Message}");
            exitCode = 3;
        }
        return true;
    }

    private static async Task<int> VerifyAsync(string[] args)
    {
        var configuration = Configuration(args);
        var storage = Option(args, "--store") is { } spec
            ? StoreSpec.Parse(spec)
            : configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var from = Option(args, "--from") is { } seq ? long.Parse(seq, CultureInfo.InvariantCulture) : 1;
        await using var store = StorageBundle.Open(storage);
        var result = await JournalVerifier.VerifyAsync(store.Journal, from, Option(args, "--anchor"));
        Console.WriteLine(JsonSerializer.Serialize(result, Json));
        return result.Intact ? 0 : 2;
    }

    private static async Task<int> RebuildAsync(string[] args)
    {
        var from = StoreSpec.Parse(Option(args, "--from") ?? throw new ArgumentException("rebuild needs --from <store>."));
        var into = StoreSpec.Parse(Option(args, "--into") ?? throw new ArgumentException("rebuild needs --into <store>."));
        var result = await JournalRebuilder.RebuildAsync(from, into, Configuration(args));
        Console.WriteLine(
            $"rebuilt {result.JournalRecords} journal records into {into.Provider}: {result.Rebuilt.Enterprises.Count} enterprises, " +
            $"{result.Rebuilt.Enterprises.Values.Count(e => e.Class == "High")} high-risk, {result.Rebuilt.Warnings.Count} warnings");
        foreach (var difference in result.Differences) Console.WriteLine(difference);
        Console.WriteLine(result.Equal ? "rebuilt state equals the live state" : $"{result.Differences.Count} differences from the live state");
        return result.Equal ? 0 : 1;
    }

    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddCommandLine([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))])
        .Build();

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
