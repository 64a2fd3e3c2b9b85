namespace QualityMap.Grains.Alerts;

/// <summary>The in-process feed alert grains publish every new or changed alert on; the hub streams it.</summary>
public interface IAlertFeed
{
    void Publish(Alert alert);
}
