using QualityMap.Grains.Trace;

namespace QualityMap.Api.Epcis;

/// <summary>
/// What one event moves of one batch for the party that recorded it: a quantity received, shipped or sold, and from
/// or to whom. An error declaration carries the lines of the event it retracts with the quantities negated.
/// </summary>
public sealed record FlowLine(BatchKey Batch, string PartyUscc, string Step, decimal Quantity, string? CounterpartyUscc);
