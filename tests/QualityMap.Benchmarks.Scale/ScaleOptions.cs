namespace QualityMap.Benchmarks.Scale;

/// <summary>The command line: <c>[--quick] [--out file.md] [--data dir] [--keep-data]</c>, and where the repository's inputs are.</summary>
public sealed record ScaleOptions(bool Quick, string? OutFile, string DataDirectory, string RegionsDirectory, string SiloDll, bool KeepData)
{
    public int Enterprises => Quick ? 40_000 : 400_000;

    public int BurstEvents => Quick ? 2_000 : 10_000;

    public static ScaleOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var root = RepositoryRoot();
        var data = ValueOf(args, "--data") ?? Path.Combine(Path.GetTempPath(), $"qualitymap-scale-{Environment.ProcessId}");
        var regions = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "regions"));
        if (!Directory.Exists(regions)) throw new DirectoryNotFoundException($"The national region list {regions} is missing (../shared/data/regions beside the repository).");
        var silo = Path.Combine(root, "silo", "bin", "Release", "net10.0", "QualityMap.Silo.dll");
        if (!File.Exists(silo)) throw new FileNotFoundException($"{silo} is missing: build with -c Release first (dotnet run -c Release does).", silo);
        return new ScaleOptions(quick, ValueOf(args, "--out"), data, regions, silo, args.Contains("--keep-data"));
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
