namespace QualityMap.Grains.Events;

/// <summary>The production licence was revoked (吊销).</summary>
public sealed record LicenceRevoked : EnterpriseEvent
{
    public required string LicenceNo { get; init; }

    public override string Kind => EventKinds.LicenceRevoked;
}
