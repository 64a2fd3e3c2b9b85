namespace QualityMap.Tests;

/// <summary>
/// Locates the reference data in <c>shared/data</c>, which sits beside the repository
/// (<c>../shared</c> from its root) and is never copied into it.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> s_dataDirectory = new(FindDataDirectory);

    /// <summary>The national division list: provinces.csv, cities.csv, areas.csv, streets.csv.</summary>
    public static string RegionsDirectory => Path.Combine(s_dataDirectory.Value, "regions");

    /// <summary>GeoJSON boundaries (<c>330000_full.json</c> …).</summary>
    public static string GeoDirectory => Path.Combine(s_dataDirectory.Value, "geo");

    // Walking up from the test binaries works wherever the repository and shared/ are checked out,
    // as long as they stay siblings.
    private static string FindDataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "regions")))
            {
                return candidate;
            }
        }

        // Failing loudly instead of skipping: a silently skipped data test looks like a passing one.
        throw new DirectoryNotFoundException(
            $"No shared/data/regions found in any directory above {AppContext.BaseDirectory}. " +
            "The tests expect the shared data beside the repository (e.g. /work/shared next to /work/main).");
    }
}
