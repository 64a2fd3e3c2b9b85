using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Trace;

/// <summary>
/// Names the businesses of a flow, with their town and county: a seller by its account, a producer by its
/// registration. Made for one answer (it reads the account list once), not kept.
/// </summary>
public sealed class TraceParties
{
    private readonly IGrainFactory _grains;
    private readonly RegionTree _regions;
    private readonly Dictionary<string, Account> _sellers;

    private TraceParties(IGrainFactory grains, RegionTree regions, Dictionary<string, Account> sellers)
    {
        _grains = grains;
        _regions = regions;
        _sellers = sellers;
    }

    public static async Task<TraceParties> LoadAsync(IGrainFactory grains, RegionTree regions)
    {
        var accounts = await grains.GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key).ListAccountsAsync();
        var sellers = accounts.Where(a => a is { Role: Role.Seller, Uscc: not null })
            .GroupBy(a => a.Uscc!)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.CreatedAt).First(), StringComparer.Ordinal);
        return new TraceParties(grains, regions, sellers);
    }

    public async Task<TraceParty> OfAsync(string uscc)
    {
        // A producer that ships has a seller's account too; it is named as the producer it registered as.
        if (await _grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is { } enterprise)
            return Place(uscc, enterprise.Name, TraceParty.Producer, enterprise.Address, enterprise.TownCode);
        if (_sellers.TryGetValue(uscc, out var seller)) return Place(uscc, seller.DisplayName, TraceParty.Seller, seller.Address, seller.RegionCode);
        return new TraceParty(uscc, "", TraceParty.Unknown, null, null, null, null, null);
    }

    private TraceParty Place(string uscc, string name, string kind, string? address, string? townCode)
    {
        var town = townCode is null ? null : _regions.Find(townCode);
        var county = town is null ? null : _regions.AncestorsOf(town.Code).FirstOrDefault(r => r.Level == RegionLevel.County);
        return new TraceParty(uscc, name, kind, address, town?.Code, town?.Name, county?.Code, county?.Name);
    }
}
