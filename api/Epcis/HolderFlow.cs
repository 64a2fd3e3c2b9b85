namespace QualityMap.Api.Epcis;

/// <summary>
/// What one party did with one batch: received, shipped and sold (net of error declarations), when it last recorded,
/// and whom it received from. On hand is what came in and has not gone out.
/// </summary>
public sealed record HolderFlow(
    string PartyUscc, decimal Received, decimal Shipped, decimal Sold, DateTimeOffset LastRecordedAt, IReadOnlyList<string> ReceivedFrom)
{
    public decimal OnHand => Received - Shipped - Sold;
}
