using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Audit;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Security;

/// <summary>
/// A fresh deployment has no account to sign in with, so the first start creates the administrator: with the
/// configured password, or a generated one written to the log once (change it by creating a new administrator).
/// </summary>
public sealed class AdministratorBootstrap(
    IGrainFactory grains, AccountService accounts, RegionTree tree, IOptions<SecurityOptions> options, IAuditJournal audit,
    ILogger<AdministratorBootstrap> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key);
        if ((await directory.ListAccountsAsync()).Count > 0) return;

        var settings = options.Value;
        var region = string.IsNullOrWhiteSpace(settings.AdminRegion)
            ? (tree.All.FirstOrDefault(r => r.Level == RegionLevel.City) ?? tree.Roots[0]).Code
            : settings.AdminRegion;
        var password = string.IsNullOrEmpty(settings.AdminPassword)
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))
            : settings.AdminPassword;
        await accounts.CreateAccountAsync(settings.AdminLogin, "系统管理员", Role.CityBureau, region, isAdmin: true, password, "bootstrap");
        await audit.RecordAsync(new AuditEntry(AuditActions.AccountCreated, "bootstrap", settings.AdminLogin, AuditOutcomes.Succeeded, ClientAddress.Local,
            $"first administrator, region {region}"), cancellationToken);
        if (string.IsNullOrEmpty(settings.AdminPassword))
            logger.LogWarning("Created the administrator '{Login}' for region {Region} with the generated password {Password}; it is shown only now.",
                settings.AdminLogin, region, password);
        else
            logger.LogInformation("Created the administrator '{Login}' for region {Region}.", settings.AdminLogin, region);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
