using Microsoft.AspNetCore.Authorization;
using QualityMap.Api.Alerts;
using QualityMap.Api.Security;
using QualityMap.Grains.Alerts;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>
/// The live map (docs/live-map-protocol.md): <c>Watch</c> streams a snapshot of a region and its children, then
/// deltas with monotonic sequences; a client that lost its connection calls it again with its resume point.
/// </summary>
[Authorize(Policy = Policies.ReadMap)]
public sealed class MapHub(
    LiveBroadcaster broadcaster, RegionTree tree, RegionScope scope, LiveMetrics metrics, AlertStreams alerts, IGrainFactory grains) : Hub
{
    public const string Path = "/hubs/map";

    [Authorize(Policy = Policies.ReadMap)]
    public async IAsyncEnumerable<LiveMessage> Watch(
        string regionCode, ResumePoint? resume, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (tree.Find(regionCode ?? "") is not { } region)
            throw new HubException($"Unknown region '{regionCode}': regionCode must be a region code of the map.");
        if (!scope.Covers(Context.User!, region.Code))
            throw new HubException($"Region {region.Code} is outside the region {Context.User!.RegionCode()} you answer for.");

        await using var watcher = broadcaster.Open(region, resume);
        await foreach (var message in watcher.Messages.ReadAllAsync(cancellationToken))
        {
            metrics.MessageSent(message);
            yield return message;
        }
    }

    /// <summary>
    /// A bureau's live alerts (docs/bureau-api.md): what came after <paramref name="lastSeq"/> (null: what is still
    /// unacknowledged), then every new or changed alert. A county bureau gets its own county's only.
    /// </summary>
    [Authorize(Policy = Policies.Bureau)]
    public IAsyncEnumerable<Alert> Alerts(string regionCode, long? lastSeq, CancellationToken cancellationToken)
    {
        RequireScope(regionCode);
        return alerts.StreamAsync(regionCode, lastSeq, cancellationToken);
    }

    /// <summary>Acknowledges an alert: who and when are recorded, re-sending and escalation stop.</summary>
    [Authorize(Policy = Policies.Bureau)]
    public async Task<Alert> AcknowledgeAlert(string regionCode, string alertId)
    {
        RequireScope(regionCode);
        return await grains.GetGrain<IAlertsGrain>(regionCode).AcknowledgeAsync(alertId, Context.User!.ActorId())
               ?? throw new HubException($"Region {regionCode} has no alert '{alertId}'.");
    }

    private void RequireScope(string regionCode)
    {
        if (tree.Find(regionCode ?? "") is null) throw new HubException($"Unknown region '{regionCode}'.");
        if (!scope.Covers(Context.User!, regionCode!))
            throw new HubException($"Region {regionCode} is outside the region {Context.User!.RegionCode()} you answer for.");
    }

    public override Task OnConnectedAsync()
    {
        metrics.Connected();
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        metrics.Disconnected();
        return base.OnDisconnectedAsync(exception);
    }
}
