using Microsoft.AspNetCore.Authorization;
using QualityMap.Api.Security;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Live;

/// <summary>
/// The live map (docs/live-map-protocol.md): <c>Watch</c> streams a snapshot of a region and its children, then
/// deltas with monotonic sequences; a client that lost its connection calls it again with its resume point.
/// </summary>
[Authorize(Policy = Policies.ReadMap)]
public sealed class MapHub(LiveBroadcaster broadcaster, RegionTree tree, RegionScope scope, LiveMetrics metrics) : Hub
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
