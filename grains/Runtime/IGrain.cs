namespace QualityMap.Grains.Runtime;

/// <summary>Marker for grain interfaces; every grain is addressed by a string key (Orleans: IGrainWithStringKey).</summary>
public interface IGrainWithStringKey;
