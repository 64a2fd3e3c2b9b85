using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface ISlowExitGrain : IGrainWithStringKey
{
    /// <summary>Writes "call {value} on {activation}" to the probe's timeline.</summary>
    Task AppendAsync(int value);

    /// <summary>Stays inside its turn until the probe gate <paramref name="gate"/> opens.</summary>
    Task HoldAsync(string gate);

    /// <summary>Asks the runtime to deactivate this grain once it is idle.</summary>
    Task LeaveAsync();
}

/// <summary>Deactivation waits for the test to open <see cref="ReleaseGate"/>; every step goes to the probe's timeline.</summary>
public sealed class SlowExitGrain(GrainProbe probe) : Grain, ISlowExitGrain
{
    public const string DeactivatingGate = "slow-exit:deactivating";
    public const string ReleaseGate = "slow-exit:release";

    private int _activation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment("slow-exit:activations");
        probe.Record($"activated {_activation}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"deactivating {_activation}");
        probe.Open(DeactivatingGate);
        await probe.WaitAsync(ReleaseGate);
        probe.Record($"deactivated {_activation}");
    }

    public Task AppendAsync(int value)
    {
        probe.Record($"call {value} on {_activation}");
        return Task.CompletedTask;
    }

    public async Task HoldAsync(string gate)
    {
        probe.Record($"hold on {_activation}");
        await probe.WaitAsync(gate);
    }

    public Task LeaveAsync()
    {
        probe.Record($"leave on {_activation}");
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
