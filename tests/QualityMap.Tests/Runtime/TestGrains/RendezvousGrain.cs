using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IRendezvousGrain : IGrainWithStringKey
{
    /// <summary>Returns once <paramref name="parties"/> grains are inside <see cref="MeetAsync"/> at the same time (5 s at most).</summary>
    Task MeetAsync(string rendezvous, int parties);
}

public sealed class RendezvousGrain(GrainProbe probe) : Grain, IRendezvousGrain
{
    public Task MeetAsync(string rendezvous, int parties) => probe.ArriveAndWaitAsync(rendezvous, parties);
}
