using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityMap.Api.Security;

namespace QualityMap.Api.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core's rate limiter with one fixed-window policy per surface (<see cref="RateLimitPolicies"/>). Its
    /// counters live in this process: in a cluster each silo counts for itself (README, "Rate limits").
    /// </summary>
    public static IServiceCollection AddQualityMapRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Rate limit options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicies.SignIn, context => Window(context, o => o.SignIn, ClientAddress.Of(context)));
            limiter.AddPolicy(RateLimitPolicies.PublicPages, context => Window(context, o => o.PublicPages, ClientAddress.Of(context)));
            // After authentication: the key id for ingest, the account for exports (their endpoints need both).
            limiter.AddPolicy(RateLimitPolicies.Ingest, context =>
                Window(context, o => o.Ingest, context.User.FindFirst(QualityMapClaims.KeyId)?.Value ?? context.User.ActorId()));
            limiter.AddPolicy(RateLimitPolicies.CodeExports, context => Window(context, o => o.CodeExports, context.User.ActorId()));
            limiter.OnRejected = RefuseAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext context, Func<RateLimitOptions, RateLimit> select, string partition)
    {
        var limit = select(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,   // refuse at once: a queued request holds a connection for the attacker
        });
    }

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "rate-limit";
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var field = RateLimitPolicies.PartitionField(policy);
        TooManyRequests.SetRetryAfter(http.Response, retryAfter);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = TooManyRequests.Problem(retryAfter, field, policy, $"Too many requests from this {field} to this endpoint."),
        });
    }
}
