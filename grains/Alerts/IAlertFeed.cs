namespace QualityMap.Grains.Alerts;

/// <summary>
/// Where alert grains publish every new or changed alert: the silo passes it to the cluster's live feed
/// (<see cref="Live.ILiveFeedGrain"/>), which hands it to the alert streams of every silo.
/// </summary>
public interface IAlertFeed
{
    void Publish(Alert alert);
}
