using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>Resolves a grain interface to its class and returns a reference; no activation happens here.</summary>
public sealed class GrainFactory(GrainCatalog catalog, GrainTypeRegistry registry) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return GrainReference.Create<TGrain>(catalog, new GrainId(registry.ForInterface(typeof(TGrain)), key));
    }
}
