using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Faults;

/// <summary>
/// Turns a storage fault anywhere under a request (database down, connection lost, disk full) into
/// <c>503 Service Unavailable</c> with <c>Retry-After</c> and a problem detail of type
/// <see cref="StorageUnavailableType"/>. Nothing of such a request was acknowledged, so retrying it is safe
/// (event ids make a re-sent batch idempotent); the service recovers by itself when the database is back.
/// </summary>
internal sealed class StorageUnavailableExceptionHandler(
    IStorageDialect dialect,
    IOptions<StorageOptions> options,
    IProblemDetailsService problems) : IExceptionHandler
{
    public const string StorageUnavailableType = "urn:qualitymap:problem:storage-unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStorageFault(exception)) return false;
        var retryAfter = (int)Math.Ceiling(options.Value.RetryAfter.TotalSeconds);
        return await ServiceUnavailable.WriteAsync(problems, httpContext, exception, retryAfter, StorageUnavailableType, "Storage unavailable",
            $"The database cannot make writes durable right now; nothing of this request was acknowledged. Retry after {retryAfter} s.");
    }

    private bool IsStorageFault(Exception exception) => exception switch
    {
        // An unreadable request is an IOException too, but the client, not the database, is at fault (a 400).
        BadHttpRequestException => false,
        StorageUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStorageFault),
        _ => dialect.IsUnavailable(exception) || (exception.InnerException is { } inner && IsStorageFault(inner)),
    };
}
