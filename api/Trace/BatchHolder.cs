namespace QualityMap.Api.Trace;

/// <summary>One holder of a batch downstream of its producer, or the producer itself: where it is, and what it moved.</summary>
public sealed record BatchHolder(
    TraceParty Party, decimal Received, decimal Shipped, decimal Sold, decimal OnHand, DateTimeOffset? LastRecordedAt,
    IReadOnlyList<string> ReceivedFrom);
