using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace QualityMap.Silo.Faults;

/// <summary>The one shape of a 503 the fault handlers answer: <c>Retry-After</c> and a problem detail of its type.</summary>
internal static class ServiceUnavailable
{
    public static ValueTask<bool> WriteAsync(
        IProblemDetailsService problems, HttpContext httpContext, Exception exception, int retryAfterSeconds, string type, string title, string detail)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Type = type, Title = title, Detail = detail },
        });
    }
}
