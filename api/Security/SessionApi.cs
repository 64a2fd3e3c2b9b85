using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Apis;
using QualityMap.Api.Audit;
using QualityMap.Api.Problems;
using QualityMap.Api.RateLimiting;

namespace QualityMap.Api.Security;

/// <summary>Sign-in for people: a session cookie (HttpOnly, SameSite=Strict) from login and password.</summary>
public static class SessionApi
{
    /// <summary>Longest login looked at: an account id is at most 64 characters.</summary>
    private const int MaxLoginLength = 64;

    public sealed record SignIn(string? Login, string? Password);

    public sealed record Me(string Id, string Name, string Role, string RegionCode, bool IsAdmin);

    public static RouteGroupBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapPost("/", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.SignIn);
        group.MapDelete("/", (Delegate)SignOutAsync).RequireAuthorization();
        group.MapGet("/", (ClaimsPrincipal user) => TypedResults.Ok(WhoIs(user))).RequireAuthorization();
        return group;
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult>> SignInAsync(
        HttpRequest request, AccountService accounts, SignInGuard guard, IAuditJournal audit, HttpContext context)
    {
        var (body, unreadable) = await RequestBody.ReadJsonAsync<SignIn>(request, context.RequestAborted);
        if (unreadable is not null) return unreadable;
        if (string.IsNullOrEmpty(body!.Login) || string.IsNullOrEmpty(body.Password))
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidCredentials, "Login and password required",
                "Send {\"login\":…,\"password\":…}.", string.IsNullOrEmpty(body.Login) ? "login" : "password", "required");
        var login = body.Login.Length > MaxLoginLength ? body.Login[..MaxLoginLength] : body.Login;
        var address = ClientAddress.Of(context);

        // Locked out: refused without checking the password, so a guess made now tells nothing, even a right one.
        if (await guard.LockedAsync(login, address) is var (field, wait))
        {
            await audit.RecordAsync(new AuditEntry(AuditActions.SignIn, login, login, AuditOutcomes.LockedOut, address, $"{field} locked out"));
            TooManyRequests.SetRetryAfter(context.Response, wait);
            return TypedResults.Problem(TooManyRequests.Problem(wait, field, "sign-in-lockout",
                $"Too many failed sign-ins for this {field}; sign-ins are refused for a while."));
        }
        // One answer for an unknown login and a wrong password: the response must not tell which logins exist.
        if (await accounts.SignInAsync(login, body.Password) is not { } account)
        {
            await guard.FailedAsync(login, address);
            await audit.RecordAsync(new AuditEntry(AuditActions.SignIn, login, login, AuditOutcomes.Failed, address));
            return Problem.Of(StatusCodes.Status401Unauthorized, ProblemTypes.InvalidCredentials, "Sign-in failed",
                "The login or the password is wrong.", "password", "must-match");
        }
        await guard.SucceededAsync(login, address);
        await audit.RecordAsync(new AuditEntry(AuditActions.SignIn, account.Id, account.Id, AuditOutcomes.Succeeded, address));
        var principal = QualityMapClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(WhoIs(principal));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context, IAuditJournal audit)
    {
        var actor = context.User.ActorId();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.RecordAsync(new AuditEntry(AuditActions.SignOut, actor, actor, AuditOutcomes.Succeeded, ClientAddress.Of(context)));
        return TypedResults.NoContent();
    }

    private static Me WhoIs(ClaimsPrincipal user) => new(
        user.ActorId(), user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.RegionCode() ?? "", user.HasClaim(QualityMapClaims.Admin, "true"));
}
