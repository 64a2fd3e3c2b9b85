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

    /// <summary>A business of the flow: by its seller's account, else by its registration as a producer.</summary>
    public async Task<TraceParty> OfAsync(string uscc) =>
        _sellers.TryGetValue(uscc, out var seller)
            ? Place(uscc, seller.DisplayName, TraceParty.Seller, seller.Address, seller.RegionCode)
            : await ProducerAsync(uscc);

    /// <summary>
    /// A batch's producer, by its registration: a producer that ships has a seller's account too, but it is the
    /// producer it registered as. Asked only of codes known to be enterprises, so no empty grain is woken for a seller.
    /// </summary>
    public async Task<TraceParty> ProducerAsync(string uscc) =>
        await _grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is { } enterprise
            ? Place(uscc, enterprise.Name, TraceParty.Producer, enterprise.Address, enterprise.TownCode)
            : new TraceParty(uscc, "", TraceParty.Unknown, null, null, null, null, null);

    private TraceParty Place(string uscc, string name, string kind, string? address, string? townCode)
    {
        var town = townCode is null ? null : _regions.Find(townCode);
        var county = town is null ? null : _regions.AncestorsOf(town.Code).FirstOrDefault(r => r.Level == RegionLevel.County);
        return new TraceParty(uscc, name, kind, address, town?.Code, town?.Name, county?.Code, county?.Name);
    }
}
