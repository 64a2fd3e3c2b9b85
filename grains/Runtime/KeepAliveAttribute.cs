namespace QualityMap.Grains.Runtime;

/// <summary>Activations of a grain class with this attribute are never collected when idle (region grains).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepAliveAttribute : Attribute;
