namespace QualityMap.Grains.Events.Fields;

/// <summary>The field is the 9-digit code of a town or street that the region list knows.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TownCodeAttribute : Attribute;
