namespace QualityMap.Grains.Events.Fields;

/// <summary>The stable rule ids of a field error; clients may branch on them.</summary>
public static class FieldRules
{
    public const string Required = "required";
    public const string Type = "type";
    public const string Empty = "empty";
    public const string MaxLength = "max-length";
    public const string MaxItems = "max-items";
    public const string Pattern = "pattern";
    public const string Range = "range";
    public const string UnknownKind = "unknown-kind";
    public const string UsccFormat = "uscc-format";
    public const string UsccCheckCharacter = "uscc-check-character";
    public const string DateTime = "date-time";
    public const string Date = "date";
    public const string OffsetRequired = "offset-required";
    public const string NotInFuture = "not-in-future";
    public const string TooOld = "too-old";
    public const string UnknownTown = "unknown-town";
    public const string NotATown = "not-a-town";
    public const string Duplicate = "duplicate";
    public const string DuplicateField = "duplicate-field";
    public const string UnknownField = "unknown-field";
    public const string GtinFormat = "gtin-format";
    public const string GtinCheckDigit = "gtin-check-digit";
    public const string Gs1Characters = "gs1-characters";

    /// <summary>A field that must come with another (brand and niceClass name a product together or not at all).</summary>
    public const string RequiredWith = "required-with";

    // Checked by the ingestion pipeline against the journal, not by the parser.
    public const string UnknownEnterprise = "unknown-enterprise";
    public const string EventIdReused = "event-id-reused";
    public const string UnknownProduct = "unknown-product";
    public const string BatchOfAnotherProducer = "batch-of-another-producer";
    public const string RegisteredBatch = "registered-batch";
    public const string OneOf = "one-of";
    public const string TraceCode = "trace-code";
}
