namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// The command line: <c>[--quick] [--out file.md] [--data dir] [--keep-data] [--enterprises n] [--seed-only | --cold-start-only] [--silo dll]</c>,
/// and where the repository's inputs are. <c>--seed-only</c> seeds <c>--data</c> and keeps it; <c>--cold-start-only</c>
/// times start-ups over such a directory again, so a start-up change can be measured without re-seeding.
/// </summary>
public sealed record ScaleOptions(bool Quick, string? OutFile, string DataDirectory, string RegionsDirectory, string SiloDll, bool KeepData,
    int? EnterprisesOverride = null, bool SeedOnly = false, bool ColdStartOnly = false)
{
    public int Enterprises => EnterprisesOverride ?? (Quick ? 40_000 : 400_000);

    public int BurstEvents => Quick ? 2_000 : 10_000;

    public static ScaleOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var root = RepositoryRoot();
        var data = ValueOf(args, "--data") ?? Path.Combine(Path.GetTempPath(), $"qualitymap-scale-{Environment.ProcessId}");
        var regions = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "regions"));
        if (!Directory.Exists(regions)) throw new DirectoryNotFoundException($"The national region list {regions} is missing (../shared/data/regions beside the repository).");
        // --silo times another build's start-up (say, a copy of the one before a change) over the same directory.
        var silo = ValueOf(args, "--silo") ?? Path.Combine(root, "silo", "bin", "Release", "net10.0", "QualityMap.Silo.dll");
        if (!File.Exists(silo)) throw new FileNotFoundException($"{silo} is missing: build with -c Release first (dotnet run -c Release does).", silo);
        var enterprises = ValueOf(args, "--enterprises") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var seedOnly = args.Contains("--seed-only");
        var coldStartOnly = args.Contains("--cold-start-only");
        return new ScaleOptions(quick, ValueOf(args, "--out"), data, regions, silo, args.Contains("--keep-data") || seedOnly || coldStartOnly,
            enterprises, seedOnly, coldStartOnly);
    }

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orleans.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
