using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QualityMap.Api.Audit;
using QualityMap.Api.Problems;
using QualityMap.Api.Security.Browser;

namespace QualityMap.Api.Security;

public static class SecurityServiceCollectionExtensions
{
    private const string DefaultScheme = "QualityMap";

    /// <summary>The session cookie of people signed in with a password.</summary>
    public const string SessionCookieName = "qm_session";

    /// <summary>
    /// API keys for machines, a session cookie for people (ASP.NET Core's built-in handlers), the policies, and
    /// 401/403 as problem details. <paramref name="sessionKeys"/> stores the cookie-protection keys (the silo keeps
    /// them in the database), so sessions survive a restart and every silo accepts every silo's cookies.
    /// </summary>
    public static IServiceCollection AddQualityMapSecurity(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, IXmlRepository> sessionKeys)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Security options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton<AccountService>();
        services.AddSingleton<RegionScope>();
        services.AddSingleton<SignInGuard>();
        services.AddHostedService<AdministratorBootstrap>();

        services.AddDataProtection().SetApplicationName("QualityMap");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) => o.XmlRepository = sessionKeys(sp));

        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Carries(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = SessionCookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the sign-in came over HTTPS, so the browser never sends the cookie over plain
                // HTTP again; plain HTTP (a local demo) keeps working. Behind a TLS proxy forward the scheme.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SecurityOptions>>((o, security) => o.ExpireTimeSpan = security.Value.SessionIdleTimeout);
        services.AddAuthorization(Policies.Add);
        services.AddBrowserSecurity();

        // The bare 401/403 of the authentication middleware become problem details with a stable type.
        services.AddProblemDetails(o =>
        {
            var before = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                before?.Invoke(context);
                CustomizeAuthorizationProblem(context);
            };
        });
        return services;
    }

    private static void CustomizeAuthorizationProblem(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Type is not null && context.ProblemDetails.Type.StartsWith("urn:", StringComparison.Ordinal)) return;
        context.ProblemDetails.Type = context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => ProblemTypes.Unauthenticated,
            StatusCodes.Status403Forbidden => ProblemTypes.Forbidden,
            _ => context.ProblemDetails.Type,
        };
        if (context.HttpContext.Response.StatusCode == StatusCodes.Status403Forbidden
            && Policies.WhoMayActRule(context.HttpContext.GetEndpoint()) is { } rule)
            context.ProblemDetails.Extensions["rule"] = rule;
    }

    public static IEndpointRouteBuilder MapQualityMapSecurity(this IEndpointRouteBuilder app)
    {
        app.MapSessionApi();
        app.MapAccountsApi();
        app.MapSessionKeysApi();
        app.MapAuditApi();
        return app;
    }
}
