using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Apis;
using QualityMap.Api.Problems;

namespace QualityMap.Api.Security;

/// <summary>Sign-in for people: a session cookie (HttpOnly, SameSite=Strict) from login and password.</summary>
public static class SessionApi
{
    public sealed record SignIn(string? Login, string? Password);

    public sealed record Me(string Id, string Name, string Role, string RegionCode, bool IsAdmin);

    public static RouteGroupBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapPost("/", SignInAsync).AllowAnonymous();
        group.MapDelete("/", (Delegate)SignOutAsync).RequireAuthorization();
        group.MapGet("/", (ClaimsPrincipal user) => TypedResults.Ok(WhoIs(user))).RequireAuthorization();
        return group;
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult>> SignInAsync(HttpRequest request, AccountService accounts, HttpContext context)
    {
        var (body, unreadable) = await RequestBody.ReadJsonAsync<SignIn>(request, context.RequestAborted);
        if (unreadable is not null) return unreadable;
        if (string.IsNullOrEmpty(body!.Login) || string.IsNullOrEmpty(body.Password))
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidCredentials, "Login and password required",
                "Send {\"login\":…,\"password\":…}.", string.IsNullOrEmpty(body.Login) ? "login" : "password", "required");
        // One answer for an unknown login and a wrong password: the response must not tell which logins exist.
        if (await accounts.SignInAsync(body.Login!, body.Password!) is not { } account)
            return Problem.Of(StatusCodes.Status401Unauthorized, ProblemTypes.InvalidCredentials, "Sign-in failed",
                "The login or the password is wrong.", "password", "must-match");
        var principal = QualityMapClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(WhoIs(principal));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Me WhoIs(ClaimsPrincipal user) => new(
        user.ActorId(), user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.RegionCode() ?? "", user.HasClaim(QualityMapClaims.Admin, "true"));
}
