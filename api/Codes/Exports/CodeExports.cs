using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Codes.Exports;

/// <summary>
/// Bulk exports of a region's codes for printing. Each export renders its codes one by one straight into a ZIP file
/// on disk (never the whole archive in memory), reporting progress as it goes; the finished file is streamed to the
/// clerk, with range support so a large download can resume. Exports run one at a time (rendering is CPU work) and
/// their files are deleted after <see cref="CodesOptions.ExportRetention"/> or when the service stops.
/// </summary>
public sealed class CodeExports(
    IGrainFactory grains, CodeRenderer renderer, TimeProvider time, IOptions<CodesOptions> options, ILogger<CodeExports> logger)
    : IDisposable
{
    private readonly ConcurrentDictionary<string, CodeExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _renderer = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("qualitymap-code-exports-").FullName;

    public CodeExportJob Start(string regionCode, string regionName, CodeRequest request, IReadOnlyList<ExportItem> items)
    {
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");
        var job = new CodeExportJob(id, regionCode, regionName, request, items, Path.Combine(_directory, id + ".zip"));
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
                await WriteZipAsync(job, partial, _stopping.Token);
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
        foreach (var item in job.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await grains.GetGrain<IEnterpriseGrain>(item.Uscc).GetAsync() is not { Closed: false } enterprise || enterprise.TownCode != item.TownCode)
            {
                job.Skipped();
                continue;
            }
            var image = await renderer.RenderAsync(enterprise, job.Request, cancellationToken);
            var entry = zip.CreateEntry(ExportEntryName.For(item, enterprise.Name, job.Request.FileExtension), level);
            await using (var stream = await entry.OpenAsync(cancellationToken)) await stream.WriteAsync(image, cancellationToken);
            job.Rendered();
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
