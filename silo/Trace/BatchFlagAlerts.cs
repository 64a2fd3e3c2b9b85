using System.Globalization;
using Microsoft.Extensions.Logging;
using QualityMap.Api.Trace;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Map;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;

namespace QualityMap.Silo.Trace;

/// <summary>
/// When a batch is first found 不合格 or recalled, alerts the bureau of every county where it is held — naming the
/// holders there and what each has — and shows the towns on the wall. Runs after the batch grain's turn, not in it:
/// naming the holders asks their enterprise grains, one of which may be the producer telling the batch right now.
/// </summary>
public sealed class BatchFlagAlerts(ReverseTrace trace, IGrainFactory grains, RegionTree regions, IMapFeed feed, TimeProvider time,
    ILogger<BatchFlagAlerts> logger) : IBatchFlags
{
    public Task FlaggedAsync(BatchView batch, BatchStatus flag)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await AlertAsync(batch, flag);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Alerting the holders of batch {Batch} ({Flag}) failed", batch.Key, flag);
            }
        });
        return Task.CompletedTask;
    }

    /// <summary>Alerts each county that holds the batch; the alert's key makes a second telling change nothing.</summary>
    public async Task AlertAsync(BatchView batch, BatchStatus flag)
    {
        var holders = (await trace.HoldersAsync(batch)).Where(h => h.OnHand > 0 && h.Party.CountyCode is not null).ToList();
        var product = await ProductNameAsync(batch);
        var (kind, tag) = flag == BatchStatus.Recalled ? (AlertKinds.BatchRecalled, "召回") : (AlertKinds.BatchFailed, "不合格批次");
        foreach (var county in holders.GroupBy(h => h.Party.CountyCode!))
        {
            var named = string.Join("、", county.Select(h =>
                $"{(h.Party.Name.Length > 0 ? h.Party.Name : h.Party.Uscc)}（{h.Party.TownName}，现有{h.OnHand.ToString("0.##", CultureInfo.InvariantCulture)}）"));
            var why = flag == BatchStatus.Recalled
                ? $"该批次已召回（文号：{batch.Recall!.DocumentNo}）。"
                : "该批次监督抽查不合格。";
            await grains.GetGrain<IAlertsGrain>(county.Key).RaiseAsync(new AlertRequest(
                $"batch:{batch.Key.GrainKey}:{flag}", kind, $"【{tag}】{product} 批号{batch.Key.Lot}",
                $"{why}辖区内持有该批次的经营者：{named}。请督促停止销售、下架封存，并核查流向。"));
        }

        var towns = holders.Select(h => h.Party.TownCode!).Distinct().Order(StringComparer.Ordinal).ToList();
        var city = towns.Select(t => regions.AncestorsOf(t).FirstOrDefault(r => r.Level == RegionLevel.City)?.Code).FirstOrDefault(c => c is not null);
        if (city is not null) feed.Publish(new BatchFlagged(city, batch.Key.Gtin, batch.Key.Lot, product, flag, towns, time.GetUtcNow()));
    }

    private async Task<string> ProductNameAsync(BatchView batch) =>
        batch.ProductName
        ?? (await grains.GetGrain<Grains.Enterprises.IEnterpriseGrain>(batch.ProducerUscc).GetAsync())?.Products.FirstOrDefault(p => p.Code == batch.ProductCode)?.Name
        ?? batch.ProductCode;
}
