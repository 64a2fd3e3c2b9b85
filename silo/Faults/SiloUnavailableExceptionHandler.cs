using Microsoft.AspNetCore.Diagnostics;

namespace QualityMap.Silo.Faults;

/// <summary>
/// Turns a grain call that reached a silo which has just died (Orleans refuses to send to it, or says it is gone)
/// into <c>503 Service Unavailable</c> with <c>Retry-After</c>, problem type <see cref="ClusterUnavailableType"/>. Until
/// the cluster declares that silo dead, its grains (the identity directory that checks API keys among them) cannot
/// answer; then they come back on a live silo. Retrying is safe: event batches are idempotent by event id.
/// </summary>
internal sealed class SiloUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string ClusterUnavailableType = "urn:qualitymap:problem:cluster-unavailable";

    // Failure detection declares a silo dead within seconds (README "Several silos"); a client waiting this long
    // usually finds the grain on a live silo.
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        IsSiloLoss(exception) && await ServiceUnavailable.WriteAsync(problems, httpContext, exception, RetryAfterSeconds,
            ClusterUnavailableType, "Cluster member unavailable",
            $"A silo of the cluster stopped answering and its grains are moving to another; this request may not have taken effect. Retry after {RetryAfterSeconds} s.");

    private static bool IsSiloLoss(Exception exception) => exception switch
    {
        OrleansMessageRejectionException or SiloUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsSiloLoss),
        _ => exception.InnerException is { } inner && IsSiloLoss(inner),
    };
}
