namespace QualityMap.Grains.Events.Fields;

/// <summary>What a nested object is called in messages ("a product"), so an error reads like the API's docs.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ObjectNounAttribute(string noun) : Attribute
{
    public string Noun { get; } = noun;
}
