namespace QualityMap.Benchmarks.Storage;

internal sealed record BenchOptions(TimeSpan Duration, TimeSpan Warmup, int Grains, int Rounds, IReadOnlyList<int> Callers, string? OutFile)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new(
            TimeSpan.FromSeconds(double.Parse(Value("--seconds") ?? "10")),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup") ?? "3")),
            int.Parse(Value("--grains") ?? "1000"),
            int.Parse(Value("--rounds") ?? "2"),
            (Value("--callers") ?? "16,64,256").Split(',').Select(int.Parse).ToList(),
            Value("--out"));
    }
}
