namespace QualityMap.Grains.Events.Fields;

/// <summary>
/// An optional field that makes <see cref="Other"/> required when it is given: two fields that mean something only
/// together (a brand and its Nice class). Declare it on both, so each names the other.
/// </summary>
/// <param name="other">The property name of the companion field.</param>
/// <param name="why">Why the two go together, for the error message.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredWithAttribute(string other, string why) : Attribute
{
    public string Other { get; } = other;

    public string Why { get; } = why;
}
