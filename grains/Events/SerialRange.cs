using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// The serial numbers (GS1 AI 21) of a serialised batch's items, first to last: digits of one length, so the range
/// is plain arithmetic and every item's Digital Link (…/21/{serial}) can be told to belong to the batch.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.SerialRange"), ObjectNoun("a serial range")]
public sealed record SerialRange(
    [property: Gs1Text("21")] string First,
    [property: Gs1Text("21")] string Last) : IChecked
{
    public bool Contains(string serial) =>
        serial.Length == First.Length && serial.All(char.IsAsciiDigit)
        && string.CompareOrdinal(serial, First) >= 0 && string.CompareOrdinal(serial, Last) <= 0;

    public FieldProblem? Check()
    {
        if (!First.All(char.IsAsciiDigit) || !Last.All(char.IsAsciiDigit) || First.Length != Last.Length)
            return new FieldProblem(nameof(Last), new FieldCheck(FieldRules.Pattern,
                "must be digits of the same length as 'first', so the range can be counted"));
        return string.CompareOrdinal(First, Last) <= 0
            ? null
            : new FieldProblem(nameof(Last), new FieldCheck(FieldRules.Range, $"must not be before 'first' ({First})"));
    }
}
