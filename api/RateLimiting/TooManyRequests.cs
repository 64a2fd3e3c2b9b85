using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using QualityMap.Api.Problems;

namespace QualityMap.Api.RateLimiting;

/// <summary>The one shape of every 429: <c>Retry-After</c> in whole seconds and a <c>rate-limited</c> problem detail naming what was counted.</summary>
public static class TooManyRequests
{
    public static ProblemDetails Problem(TimeSpan retryAfter, string field, string rule, string detail) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Type = ProblemTypes.RateLimited,
        Title = "Too many requests",
        Detail = $"{detail} Try again in {Seconds(retryAfter)} s.",
        Extensions = { ["field"] = field, ["rule"] = rule, ["retryAfterSeconds"] = Seconds(retryAfter) },
    };

    /// <summary>Sets <c>Retry-After</c> on the response; the caller writes <see cref="Problem"/>.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    // At least one second: "Retry-After: 0" would invite an immediate retry into the same refusal.
    private static long Seconds(TimeSpan retryAfter) => Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
}
