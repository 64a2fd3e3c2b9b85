using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IHoldingGrain : IGrainWithStringKey
{
    /// <summary>Stays inside its turn until the probe gate <paramref name="gate"/> opens.</summary>
    Task HoldAsync(string gate);
}

public sealed class HoldingGrain(GrainProbe probe) : Grain, IHoldingGrain
{
    public const string HoldingGate = "holding:inside";

    public async Task HoldAsync(string gate)
    {
        probe.Open(HoldingGate);
        await probe.WaitAsync(gate);
    }
}
