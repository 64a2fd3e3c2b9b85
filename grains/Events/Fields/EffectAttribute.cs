namespace QualityMap.Grains.Events.Fields;

/// <summary>What an event kind does to the service, in a few words, for the README's table of kinds.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EffectAttribute(string effect) : Attribute
{
    public string Effect { get; } = effect;
}
