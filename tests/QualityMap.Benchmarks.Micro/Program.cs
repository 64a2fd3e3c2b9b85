using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using QualityMap.Benchmarks.Micro;

// Contract shared by the benchmark projects: [--quick] [--out <file.md>]; the Markdown section goes to the file and stdout.
var quick = args.Contains("--quick");
var outIndex = Array.IndexOf(args, "--out");
var outFile = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;

// In-process: BenchmarkDotNet's default toolchain would generate and build a second project under this repository's
// -warnaserror settings for every run, minutes on the 2-core machine; in-process runs the same Release code and JIT.
var job = quick
    ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(100)).WithId("Quick")
    : Job.Default.WithId("Default");
var config = ManualConfig.CreateEmpty()
    .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddLogger(quick ? NullLogger.Instance : ConsoleLogger.Default)
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "qualitymap-benchmarks-micro"))
    .WithOptions(ConfigOptions.DisableLogFile);

var summaries = BenchmarkRunner.Run(
    [typeof(ClassifierBenchmarks), typeof(RegionAggregateBenchmarks), typeof(JournalHashBenchmarks), typeof(EventBatchBenchmarks)], config);
var markdown = MarkdownSection.Render(summaries, quick);
Console.WriteLine(markdown);
if (outFile is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
    File.WriteAllText(outFile, markdown);
}
return summaries.All(s => s.Reports.All(r => r.Success)) ? 0 : 1;
