using System.Globalization;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// How long and from where the API fuzzer runs. The normal suite runs a fixed seed for a few thousand requests so it
/// is deterministic; a longer or different run is a matter of two environment variables (README "Fuzzing").
/// </summary>
public sealed record FuzzSettings(int Seed, int Iterations)
{
    public const string SeedVariable = "QUALITYMAP_FUZZ_SEED";
    public const string IterationsVariable = "QUALITYMAP_FUZZ_ITERATIONS";
    public const int DefaultSeed = 20261120;
    public const int DefaultIterations = 2500;

    public static FuzzSettings FromEnvironment() => new(
        Read(SeedVariable, DefaultSeed),
        Math.Max(1, Read(IterationsVariable, DefaultIterations)));

    /// <summary>The command that repeats this run up to and including <paramref name="iteration"/>.</summary>
    public string ReplayCommand(int iteration) =>
        $"{SeedVariable}={Seed} {IterationsVariable}={iteration + 1} dotnet test tests/QualityMap.Tests -c Release --filter FullyQualifiedName~QualityMap.Tests.Fuzzing";

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
