namespace QualityMap.Api.Ingestion.Shapes;

/// <summary>The JSON a declared field takes, told from its property type.</summary>
internal enum ValueKind
{
    Text,
    Boolean,
    Integer,
    Enum,
    Time,
    Date,
    List,
    Object,
}
