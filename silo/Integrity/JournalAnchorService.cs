using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Integrity;

/// <summary>
/// Refreshes the journal anchor every <see cref="StorageOptions.AnchorInterval"/>: verifies the chain
/// incrementally from the previous anchor (so the whole journal is checked once, then only its new tail) and
/// logs the new head, ready to be published. A broken chain is logged as critical.
/// </summary>
public sealed class JournalAnchorService(
    IJournal journal,
    TimeProvider time,
    IOptions<StorageOptions> options,
    ILogger<JournalAnchorService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private JournalAnchor? _current;

    /// <summary>The latest anchor; refreshed now when none was taken yet.</summary>
    public async Task<JournalAnchor> CurrentAsync(CancellationToken cancellationToken = default) =>
        _current ?? await RefreshAsync(cancellationToken);

    /// <summary>Verifies the records after the previous anchor and takes a new one at the journal's head.</summary>
    public async Task<JournalAnchor> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var previous = _current;
            var from = previous is null ? 1 : previous.Seq + 1;
            var result = await JournalVerifier.VerifyAsync(journal, from, previous?.Hash, cancellationToken);
            if (!result.Intact)
            {
                logger.LogCritical("Journal hash chain broken at seq {Seq}: {Problem}", result.FirstBrokenSeq, result.Problem);
            }
            var anchor = result.LastHash is { } hash
                ? new JournalAnchor(result.Through, hash, time.GetUtcNow(), result.Intact && (previous?.ChainIntact ?? true))
                : previous is not null
                    ? previous with { AnchoredAt = time.GetUtcNow(), ChainIntact = result.Intact && previous.ChainIntact }
                    : new JournalAnchor(0, JournalHash.Genesis, time.GetUtcNow(), result.Intact);
            if (anchor.ChainIntact) _current = anchor;
            logger.LogInformation("Journal anchor: seq {Seq} hash {Hash} (chain intact: {Intact})", anchor.Seq, anchor.Hash, anchor.ChainIntact);
            return anchor;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.AnchorInterval, time);
        try
        {
            do
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database may be down for a moment; the next tick tries again.
                    logger.LogWarning(exception, "Journal anchor could not be refreshed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
