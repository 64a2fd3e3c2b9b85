using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Demo mode only: known accounts so a visitor can open the wall and sign in as a bureau at once. The key and the
/// passwords are public (they are in the README); never enable the demo on a real deployment.
/// </summary>
public sealed class DemoAccounts(AccountService accounts, RegionTree tree, ILogger<DemoAccounts> logger) : IHostedService
{
    public const string WallKey = "qm_demowall_jiaxing-wall-demo-key";
    public const string CityPassword = "jiaxing-demo-2026";
    public const string CountyPassword = "county-demo-2026";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var city = tree.All.First(r => r.Level == RegionLevel.City);
        await accounts.CreateAccountAsync("jiaxing", $"{city.Name}市场监督管理局", Role.CityBureau, city.Code, isAdmin: true, CityPassword, "demo");
        foreach (var county in tree.ChildrenOf(city.Code))
            await accounts.CreateAccountAsync(county.Code, $"{county.Name}市场监督管理局", Role.CountyBureau, county.Code, isAdmin: false, CountyPassword, "demo");
        await accounts.CreateAccountAsync("wall", "指挥中心大屏", Role.WallViewer, city.Code, isAdmin: false, null, "demo");
        await accounts.AddKnownApiKeyAsync("wall", WallKey, "demo wall", "demo");
        logger.LogInformation("Demo accounts: the wall at /wall/#key={Key}; sign in as 'jiaxing' / '{City}' or a county code / '{County}'.",
            WallKey, CityPassword, CountyPassword);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
