namespace QualityMap.Api.Ingestion;

/// <summary>What validating an event needs to know about the world: the region list and the current time.</summary>
public interface IEventValidationContext
{
    /// <summary>True when <paramref name="code"/> is a region code of any level in the region list.</summary>
    bool IsKnownRegion(string code);

    /// <summary>True when <paramref name="code"/> is a town/street (the level enterprises belong to).</summary>
    bool IsTown(string code);

    /// <summary>The current time, against which <c>occurredAt</c> is checked.</summary>
    DateTimeOffset Now { get; }
}
