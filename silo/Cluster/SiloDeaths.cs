using System.Runtime.CompilerServices;

namespace QualityMap.Silo.Cluster;

/// <summary>Other silos that Orleans' membership declared dead in one update, as this silo saw it.</summary>
public sealed record SiloDeaths(IReadOnlyList<SiloAddress> Died, bool LocalIsActive)
{
    /// <summary>
    /// Every membership update that declares another silo dead, until <paramref name="stoppingToken"/>. The wait for the
    /// next update is abandoned on stop rather than cancelled: Orleans' enumerator answers only at the next membership
    /// change, and the host's stop would otherwise wait its whole timeout for it.
    /// </summary>
    public static async IAsyncEnumerable<SiloDeaths> WatchAsync(
        IClusterMembershipService membership, SiloAddress local, [EnumeratorCancellation] CancellationToken stoppingToken)
    {
        var previous = membership.CurrentSnapshot;
        var updates = membership.MembershipUpdates.GetAsyncEnumerator(stoppingToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync().AsTask().WaitAsync(stoppingToken)) yield break;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                yield break;
            }
            var snapshot = updates.Current;
            var died = snapshot.CreateUpdate(previous).Changes
                .Where(m => m.Status == SiloStatus.Dead && !m.SiloAddress.Equals(local))
                .Select(m => m.SiloAddress)
                .ToList();
            previous = snapshot;
            if (died.Count > 0) yield return new SiloDeaths(died, snapshot.GetSiloStatus(local) == SiloStatus.Active);
        }
    }
}
