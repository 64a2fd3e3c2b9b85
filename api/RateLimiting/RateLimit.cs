namespace QualityMap.Api.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (a fixed window) for one partition.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public RateLimit() { }

    public RateLimit(int permitLimit, TimeSpan window) => (PermitLimit, Window) = (permitLimit, window);
}
