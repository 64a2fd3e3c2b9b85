using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Printing;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes.Exports;

/// <summary>
/// Bulk exports of a region's codes for printing. Each export renders its codes one by one straight into a ZIP file or
/// a PDF sheet of labels on disk (never the whole file in memory), reporting progress as it goes; the finished file is
/// streamed to the clerk, with range support so a large download can resume. Exports run one at a time (rendering is CPU work) and
/// their files are deleted after <see cref="CodesOptions.ExportRetention"/> or when the service stops.
/// </summary>
public sealed class CodeExports(
    IGrainFactory grains, CodeRenderer renderer, LabelSheetFit sheet, CjkTypeface fonts, CodeMetrics metrics, TimeProvider time,
    IOptions<CodesOptions> options, ILogger<CodeExports> logger)
    : IDisposable
{
    private readonly ConcurrentDictionary<string, CodeExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _renderer = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("qualitymap-code-exports-").FullName;

    public CodeExportJob Start(string regionCode, string regionName, CodeRequest request, ExportPackaging packaging, IReadOnlyList<ExportItem> items)
    {
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");
        var job = new CodeExportJob(id, regionCode, regionName, request, packaging, items, Path.Combine(_directory, $"{id}.{packaging.Extension()}"));
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job));
        return job;
    }

    public CodeExportJob? Find(string id)
    {
        RemoveExpired();
        return _jobs.GetValueOrDefault(id);
    }

    private async Task RunAsync(CodeExportJob job)
    {
        var partial = job.FilePath + ".partial";
        try
        {
            await _renderer.WaitAsync(_stopping.Token);
            try
            {
                job.Started();
                if (job.Packaging == ExportPackaging.Zip) await WriteZipAsync(job, partial, _stopping.Token);
                else await WriteSheetAsync(job, partial, _stopping.Token);
                File.Move(partial, job.FilePath);
                job.Completed(time.GetUtcNow() + options.Value.ExportRetention);
            }
            finally
            {
                _renderer.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The service is stopping; Dispose removes the whole directory.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Code export {Id} of region {Region} failed", job.Id, job.RegionCode);
            File.Delete(partial);
            job.Failed(e.Message, time.GetUtcNow() + options.Value.ExportRetention);
        }
    }

    private async Task WriteZipAsync(CodeExportJob job, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        // PNG is compressed already; SVG text shrinks well.
        var level = job.Request.Format == CodeFormat.Png ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        await foreach (var (item, enterprise) in LiveEnterprisesAsync(job, cancellationToken))
        {
            var image = await renderer.RenderAsync(enterprise, job.Request, cancellationToken);
            var entry = zip.CreateEntry(ExportEntryName.For(item, enterprise.Name, job.Request.FileExtension), level);
            await using (var stream = await entry.OpenAsync(cancellationToken)) await stream.WriteAsync(image, cancellationToken);
            job.Rendered();
        }
    }

    private async Task WriteSheetAsync(CodeExportJob job, string path, CancellationToken cancellationToken)
    {
        // Skia writes the PDF synchronously, page by page, as labels are added.
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        var title = $"{job.RegionCode} {job.RegionName} 质量安全码";
        using (var labels = new LabelSheetWriter(file, sheet.Layout, fonts.Get(), title, time.GetUtcNow()))
        {
            await foreach (var (_, enterprise) in LiveEnterprisesAsync(job, cancellationToken))
            {
                var matrix = await renderer.EncodeAsync(enterprise, job.Request.Symbology, cancellationToken);
                var name = CodeStyle.Printable(enterprise.Name) ?? "";
                labels.Add(new CodeLabel(matrix, job.Request.QuietZone, CodeColour.For(enterprise.Class).Rgb, name, enterprise.Uscc));
                metrics.Rendered(job.Request.Symbology == Symbology.HanXin ? "hanxin" : "pdf");
                job.Rendered();
            }
        }
    }

    /// <summary>The export's enterprises still monitored in the town they were listed in; the others are counted as skipped.</summary>
    private async IAsyncEnumerable<(ExportItem Item, EnterpriseView Enterprise)> LiveEnterprisesAsync(
        CodeExportJob job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in job.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await grains.GetGrain<IEnterpriseGrain>(item.Uscc).GetAsync() is { Closed: false } enterprise && enterprise.TownCode == item.TownCode)
                yield return (item, enterprise);
            else
                job.Skipped();
        }
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var job in _jobs.Values.Where(j => j.ExpiresAt <= now))
        {
            if (_jobs.TryRemove(job.Id, out _)) File.Delete(job.FilePath);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the code export directory {Directory}", _directory);
        }
    }
}
