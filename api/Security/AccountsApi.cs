using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Apis;
using QualityMap.Api.Audit;
using QualityMap.Api.Problems;
using QualityMap.Grains.Identity;

namespace QualityMap.Api.Security;

/// <summary>Accounts and API keys, managed by a city bureau administrator; secrets are shown once and stored hashed.</summary>
public static class AccountsApi
{
    public sealed record NewAccount(
        string? Id, string? DisplayName, Role? Role, string? RegionCode, string? Password, bool IsAdmin = false, string? Uscc = null, string? Address = null);

    public sealed record NewApiKey(string? Label);

    public sealed record AccountView(
        string Id, string DisplayName, Role Role, string RegionCode, bool IsAdmin, bool CanSignIn, DateTimeOffset CreatedAt, string CreatedBy,
        string? Uscc, string? Address);

    public sealed record ApiKeyView(string KeyId, string AccountId, string Label, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy);

    public sealed record CreatedApiKey(ApiKeyView Record, string Key);

    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Policies.Administer);
        group.MapGet("/accounts", ListAccountsAsync);
        group.MapPost("/accounts", CreateAccountAsync);
        group.MapGet("/api-keys", ListKeysAsync);
        group.MapPost("/accounts/{id}/api-keys", CreateKeyAsync);
        group.MapDelete("/api-keys/{keyId}", RevokeKeyAsync);
        return group;
    }

    private static IIdentityDirectoryGrain Directory(IGrainFactory grains) => grains.GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key);

    private static async Task<Ok<AccountView[]>> ListAccountsAsync(IGrainFactory grains) =>
        TypedResults.Ok((await Directory(grains).ListAccountsAsync()).Select(View).ToArray());

    private static async Task<Results<Created<AccountView>, ProblemHttpResult>> CreateAccountAsync(
        HttpRequest request, AccountService accounts, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        var (body, unreadable) = await RequestBody.ReadJsonAsync<NewAccount>(request, request.HttpContext.RequestAborted);
        if (unreadable is not null) return unreadable;
        if (body!.Role is not { } role)
            return Invalid("role", "required", "role must be one of city_bureau, county_bureau, ingest_client, wall_viewer, seller.");
        if (accounts.Check(body.Id ?? "", role, body.RegionCode ?? "", body.Password, body.Uscc) is var (field, rule, detail))
            return Invalid(field, rule, detail);
        if (scope.Refuse(user, body.RegionCode!, "regionCode") is { } outside) return outside;
        if (body.IsAdmin && role != Role.CityBureau) return Invalid("isAdmin", "city-bureau-only", "Only a city bureau account can administer.");
        // A seller is a shop on a phone (a password) or a shop's system (keys), so either is fine.
        var isPerson = role is Role.CityBureau or Role.CountyBureau;
        if (role != Role.Seller && isPerson != body.Password is not null)
            return Invalid("password", isPerson ? "required" : "machines-use-keys", isPerson
                ? "People sign in with a password: give one of at least 12 characters."
                : "Ingest clients and walls authenticate with API keys, not passwords.");
        if (!await accounts.CreateAccountAsync(
                body.Id!, body.DisplayName ?? body.Id!, role, body.RegionCode!, body.IsAdmin, body.Password, user.ActorId(), body.Uscc, body.Address))
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.AccountExists, "Account exists", $"An account '{body.Id}' exists already.", "id", "unique");
        var created = (await Directory(grains).GetAccountAsync(body.Id!))!;
        await audit.RecordAsync(new AuditEntry(AuditActions.AccountCreated, user.ActorId(), created.Id, AuditOutcomes.Succeeded, ClientAddress.Of(context),
            $"role {created.Role}, region {created.RegionCode}{(created.IsAdmin ? ", administrator" : "")}"));
        return TypedResults.Created($"/api/admin/accounts/{created.Id}", View(created));
    }

    private static async Task<Ok<ApiKeyView[]>> ListKeysAsync(IGrainFactory grains) =>
        TypedResults.Ok((await Directory(grains).ListApiKeysAsync()).Select(View).ToArray());

    private static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateKeyAsync(
        string id, HttpRequest request, AccountService accounts, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        var (body, unreadable) = await RequestBody.ReadJsonAsync<NewApiKey>(request, request.HttpContext.RequestAborted);
        if (unreadable is not null) return unreadable;
        if (await accounts.CreateApiKeyAsync(id, body!.Label ?? "", user.ActorId()) is not var (record, key))
            return Problem.NotFound(ProblemTypes.UnknownAccount, "Unknown account", $"No account has the id '{id}'.", "id");
        await audit.RecordAsync(new AuditEntry(AuditActions.ApiKeyCreated, user.ActorId(), record.KeyId, AuditOutcomes.Succeeded, ClientAddress.Of(context),
            $"for account {id}"));
        return TypedResults.Created($"/api/admin/api-keys/{record.KeyId}", new CreatedApiKey(View(record), key));
    }

    private static async Task<Results<Ok<ApiKeyView>, ProblemHttpResult>> RevokeKeyAsync(
        string keyId, IGrainFactory grains, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        if (await Directory(grains).RevokeApiKeyAsync(keyId, user.ActorId()) is not { } revoked)
            return Problem.NotFound(ProblemTypes.UnknownApiKey, "Unknown API key", $"No API key has the id '{keyId}'.", "keyId");
        await audit.RecordAsync(new AuditEntry(AuditActions.ApiKeyRevoked, user.ActorId(), keyId, AuditOutcomes.Succeeded, ClientAddress.Of(context),
            $"of account {revoked.AccountId}"));
        return TypedResults.Ok(View(revoked));
    }

    private static ProblemHttpResult Invalid(string field, string rule, string detail) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidAccount, "Invalid account", detail, field, rule);

    private static AccountView View(Account a) =>
        new(a.Id, a.DisplayName, a.Role, a.RegionCode, a.IsAdmin, a.PasswordHash is not null, a.CreatedAt, a.CreatedBy, a.Uscc, a.Address);

    private static ApiKeyView View(ApiKeyRecord k) => new(k.KeyId, k.AccountId, k.Label, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedBy);
}
