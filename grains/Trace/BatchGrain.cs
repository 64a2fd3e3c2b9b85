using Microsoft.Extensions.Logging;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Trace;

/// <summary>
/// Keeps one batch's key information as its producer registered it, and what sampling found. Its other carriers —
/// the CCC certificate number and the Ecode — are kept pointing at it by <see cref="ITraceAliasGrain"/>s.
/// </summary>
[GrainType("batch")]
public sealed class BatchGrain(IBatchFlags flags, ILogger<BatchGrain> logger) : Grain<BatchState>, IBatchGrain
{
    public async Task RegisterAsync(long seq, BatchRegistered registration)
    {
        if (seq <= State.LastAppliedSeq) return;
        if (State.Registration is { } current && current.Uscc != registration.Uscc)
        {
            logger.LogWarning("Batch {Batch} belongs to {Producer}; a registration by {Other} (seq {Seq}) is ignored",
                this.GetPrimaryKeyString(), current.Uscc, registration.Uscc, seq);
            return;
        }

        var previous = State.Registration;
        State.Registration = registration;
        State.RegisteredAt ??= registration.OccurredAt;
        State.LastAppliedSeq = seq;
        await WriteStateAsync();
        await MoveAliasAsync(TraceAlias.Ccc, previous?.CccCertificateNo, registration.CccCertificateNo);
        await MoveAliasAsync(TraceAlias.Ecode, previous?.Ecode, registration.Ecode);
    }

    public async Task FailedAsync(BatchFailure failure)
    {
        if (State.Failures.Exists(f => f.EventId == failure.EventId)) return;
        var first = State.Failures.Count == 0;
        State.Failures.Add(failure);
        await WriteStateAsync();
        if (first) await flags.FlaggedAsync(View()!, BatchStatus.Failed);
    }

    public async Task RecalledAsync(BatchRecall recall)
    {
        if (State.Recall is not null) return;
        State.Recall = recall;
        await WriteStateAsync();
        await flags.FlaggedAsync(View()!, BatchStatus.Recalled);
    }

    public Task<BatchView?> GetAsync() => Task.FromResult(View());

    private BatchView? View() => State.Registration is { } r
        ? new BatchView(BatchKey.Parse(this.GetPrimaryKeyString()), r.Uscc, r.ProductCode, r.ProductName, r.ProductionDate,
            r.Quantity, r.Certificate, r.Serials, r.CccCertificateNo, r.Ecode, State.RegisteredAt!.Value, Status(), [.. State.Failures], State.Recall)
        : null;

    private BatchStatus Status() =>
        State.Recall is not null ? BatchStatus.Recalled : State.Failures.Count > 0 ? BatchStatus.Failed : BatchStatus.Passed;

    // Told again on a replay as well: adding a key an alias holds already changes nothing.
    private async Task MoveAliasAsync(string carrier, string? from, string? to)
    {
        var key = this.GetPrimaryKeyString();
        if (from is not null && from != to) await GrainFactory.GetGrain<ITraceAliasGrain>(TraceAlias.Key(carrier, from)).RemoveAsync(key);
        if (to is not null) await GrainFactory.GetGrain<ITraceAliasGrain>(TraceAlias.Key(carrier, to)).AddAsync(key);
    }
}
