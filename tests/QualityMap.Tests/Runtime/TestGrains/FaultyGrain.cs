using System.Globalization;
using QualityMap.Grains.Runtime;

namespace QualityMap.Tests.Runtime.TestGrains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task<int> EchoAsync(int value);

    /// <summary>Throws <see cref="InvalidOperationException"/> from inside an async method.</summary>
    Task<int> FailAsync(string message);

    /// <summary>Validates before any await, so an invalid value throws synchronously (a common guard clause).</summary>
    Task RejectNegativeAsync(int value);

    /// <summary>Parses without any await, so bad text throws synchronously.</summary>
    Task<int> ParseAsync(string text);

    /// <summary>Which activation (1, 2, ...) answered.</summary>
    Task<int> GetActivationAsync();
}

public sealed class FaultyGrain(GrainProbe probe) : Grain, IFaultyGrain
{
    private int _activation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activation = probe.Increment($"faulty:{GetPrimaryKeyString()}:activations");
        return Task.CompletedTask;
    }

    public Task<int> EchoAsync(int value) => Task.FromResult(value);

    public async Task<int> FailAsync(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public Task RejectNegativeAsync(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return Task.CompletedTask;
    }

    public Task<int> ParseAsync(string text) => Task.FromResult(int.Parse(text, CultureInfo.InvariantCulture));

    public Task<int> GetActivationAsync() => Task.FromResult(_activation);
}
