namespace QualityMap.Api.Epcis;

/// <summary>
/// One event of a capture document, checked: its id (the CBV 2.0 event hash unless the capturing application gave
/// one), when it happened, the event's JSON as sent (with the document's namespaces where it declared any), and the
/// flow it records. <see cref="Declares"/> names the event an error declaration retracts.
/// </summary>
public sealed record CapturedEvent(
    string EventId, string Type, DateTimeOffset EventTime, string Json, IReadOnlyList<FlowLine> Flow, string? Declares)
{
    /// <summary>The journal's id of the event: an error declaration is journaled beside the event it retracts.</summary>
    public string JournalId => Declares is null ? EventId : EventId + ErrorDeclarationSuffix;

    public const string ErrorDeclarationSuffix = "#errorDeclaration";
}
