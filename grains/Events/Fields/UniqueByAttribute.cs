namespace QualityMap.Grains.Events.Fields;

/// <summary>A list whose items must differ in <see cref="Key"/> (the property name of a text field of the item).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UniqueByAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
