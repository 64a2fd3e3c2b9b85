namespace QualityMap.Api.Ingestion;

/// <summary>Limits applied to ingested events; defaults are ours, not the regulation's.</summary>
public sealed class EventValidationOptions
{
    /// <summary>
    /// How far <c>occurredAt</c> may lie ahead of the server clock before it is rejected as in the future,
    /// so a client whose clock runs slightly fast is not refused. Default 5 minutes.
    /// </summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The earliest <c>occurredAt</c> accepted; older dates are almost certainly typos. Default 2000-01-01Z.</summary>
    public DateTimeOffset Earliest { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The most characters a text field may hold after trimming. Default 200.</summary>
    public int MaxTextLength { get; set; } = 200;
}
