using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IEchoGrain : IGrainWithStringKey
{
    /// <summary>Returns the grain's own key.</summary>
    Task<string> GetKeyAsync();
}

public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<string> GetKeyAsync() => Task.FromResult(GetPrimaryKeyString());
}
