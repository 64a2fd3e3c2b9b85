namespace QualityMap.Grains.Runtime;

/// <summary>Hands out references to grains. A reference is cheap; the activation is created on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain of interface <typeparamref name="TGrain"/> with the given key.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;
}
