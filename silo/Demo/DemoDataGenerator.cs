using System.Globalization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Generates the demo population: enterprises spread unevenly over every town of a region tree, and up to two
/// years of history that gives each county its own high-risk share — one red, one orange, one or two yellow, the
/// rest green — with towns scattered around their county's share. A slice of the high-risk facts ages out during
/// the first hour, so classes drop back by themselves while the demo runs (dynamic adjustment).
/// <para>
/// Pure: the same region tree, <c>now</c>, seed, count and windows always give the same events. The master data
/// (codes, names, products, licences) does not depend on <c>now</c> at all, so a restarted demo knows the
/// enterprises it seeded before.
/// </para>
/// </summary>
public sealed class DemoDataGenerator
{
    /// <summary>How far back the history reaches; the registrations are dated here.</summary>
    public const int HistoryMonths = 24;

    /// <summary>Share of high-risk enterprises whose only fact ages out within the first hour of the demo.</summary>
    public const double AgingShare = 0.05;

    // Per county, in a seeded order: red, orange, two yellows, greens (default thresholds 20/10/5 %). Red sits
    // well above 20 % so that the slice aging out in the first hour does not turn it orange on its own.
    private static readonly double[] s_countyShares = [0.23, 0.12, 0.075, 0.06, 0.035, 0.03, 0.02];

    // 自治县 before 县, so it is cut whole; one suffix only, so 乌镇镇 keeps its 乌镇.
    private static readonly string[] s_placeSuffixes = ["自治县", "街道", "镇", "乡", "区", "县", "市"];

    private const int MinimumPerTown = 3;
    private const double StreetWeight = 0.7;
    private const double TownWeight = 1.3;
    private const double ClusterWeight = 2.2;
    private const double ClusterSectorBias = 4.0;
    private const double HistoricEpisodeShare = 0.12;

    private readonly RegionTree _regions;
    private readonly DateTimeOffset _now;
    private readonly int _seed;
    private readonly ClassificationOptions _windows;
    private readonly Random _master;
    private readonly Random _history;
    private readonly DateTimeOffset _start;
    private readonly DateTimeOffset _latest;
    private readonly DateTimeOffset _yearAgo;
    private readonly HashSet<string> _usccs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<EnterpriseEvent> _events = [];
    private long _batchSerial;
    private long _decisionSerial;
    private long _listingSerial;
    private int _licenceSerial;

    private DemoDataGenerator(RegionTree regions, DateTimeOffset now, int seed, ClassificationOptions windows)
    {
        _regions = regions;
        // Whole seconds read better in the journal; flooring keeps every date at or before the real now.
        _now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _seed = seed;
        _windows = windows;
        // Two streams: drawing history never shifts the master data, whatever the dates turn out to be.
        _master = new Random(seed);
        _history = new Random(unchecked(seed * 31 + 7));
        _start = _now.AddMonths(-HistoryMonths);
        _latest = _now.AddMinutes(-10);
        _yearAgo = _now.AddMonths(-12);
    }

    /// <summary>Generates <paramref name="enterpriseCount"/> enterprises over the towns of <paramref name="regions"/>.</summary>
    /// <param name="windows">The classification windows the history is dated against; default: the defaults.</param>
    /// <exception cref="ArgumentException">The tree has no towns.</exception>
    public static DemoData Generate(
        RegionTree regions, DateTimeOffset now, int seed, int enterpriseCount, ClassificationOptions? windows = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(enterpriseCount);
        if (regions.CountAt(RegionLevel.Town) == 0)
        {
            throw new ArgumentException("The region tree has no towns to place demo enterprises in.", nameof(regions));
        }

        return new DemoDataGenerator(regions, now, seed, windows ?? new ClassificationOptions()).Run(enterpriseCount);
    }

    private DemoData Run(int enterpriseCount)
    {
        var towns = _regions.All.Where(r => r.Level == RegionLevel.Town).ToList();
        var countyShares = AssignCountyShares(towns);
        var townFactors = towns.ToDictionary(t => t.Code, _ => 0.4 + 1.2 * _master.NextDouble());
        var perTown = Allocate(towns, enterpriseCount);

        var enterprises = new List<DemoEnterprise>(enterpriseCount);
        for (var i = 0; i < towns.Count; i++)
        {
            var town = towns[i];
            var county = _regions.Find(town.ParentCode!)!;
            var propensity = countyShares[county.Code] * townFactors[town.Code];
            for (var n = 0; n < perTown[i]; n++)
            {
                enterprises.Add(CreateEnterprise(town, county, propensity));
            }
        }

        var highRisk = PickHighRisk(enterprises, countyShares, townFactors);

        var registrations = enterprises.Select(e => DemoEvents.Registration("", e, _start)).ToList<EnterpriseEvent>();
        foreach (var (enterprise, index) in enterprises.Select((e, i) => (e, i)))
        {
            AddRoutineHistory(enterprise);
            if (_history.NextDouble() < HistoricEpisodeShare)
            {
                AddPastEpisode(enterprise);
            }

            if (highRisk.Contains(index))
            {
                AddHighRiskFacts(enterprise);
            }
        }

        // Registrations first, so every later event finds its enterprise; then the history as it happened.
        var ordered = registrations.Concat(_events.OrderBy(e => e.OccurredAt)).ToList();
        var events = ordered.Select((e, i) => e with { EventId = Id(i + 1) }).ToList();
        return new DemoData(_now, enterprises, events, countyShares);
    }

    private string Id(int n) => string.Create(CultureInfo.InvariantCulture, $"demo-{_seed}-{n}");

    private Dictionary<string, double> AssignCountyShares(List<Region> towns)
    {
        var counties = towns.Select(t => t.ParentCode!).Distinct().Order(StringComparer.Ordinal).ToArray();
        _master.Shuffle(counties);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < counties.Length; i++)
        {
            shares[counties[i]] = i < s_countyShares.Length ? s_countyShares[i] : 0.02 + 0.02 * _master.NextDouble();
        }

        return shares;
    }

    // Every town gets a few enterprises; the rest go by weight (industrial towns heavier than city streets),
    // rounded by largest remainder so the total is exact.
    private int[] Allocate(List<Region> towns, int total)
    {
        var weights = towns.Select(WeightOf).ToArray();
        var minimum = Math.Min(MinimumPerTown, total / towns.Count);
        var rest = total - minimum * towns.Count;
        var sum = weights.Sum();
        var counts = new int[towns.Count];
        var remainders = new double[towns.Count];
        for (var i = 0; i < towns.Count; i++)
        {
            var exact = rest * weights[i] / sum;
            counts[i] = minimum + (int)Math.Floor(exact);
            remainders[i] = exact - Math.Floor(exact);
        }

        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, towns.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }

    private double WeightOf(Region town)
    {
        var weight = town.Name.EndsWith("街道", StringComparison.Ordinal) ? StreetWeight : TownWeight;
        if (DemoCatalogue.IndustrialTowns.ContainsKey(town.Name))
        {
            weight *= ClusterWeight;
        }

        return weight * (0.6 + 0.8 * _master.NextDouble());
    }

    private DemoEnterprise CreateEnterprise(Region town, Region county, double propensity)
    {
        var city = county.ParentCode is null ? null : _regions.Find(county.ParentCode);
        var sector = PickSector(town);
        var products = sector.Products.ToArray();
        _master.Shuffle(products);
        var productCount = Math.Min(1 + _master.Next(3), products.Length);

        string uscc;
        do
        {
            uscc = UnifiedSocialCreditCode.Generate(_master, county.Code);
        }
        while (!_usccs.Add(uscc));

        var chosen = products.Take(productCount).ToList();
        var licenceNo = chosen.Any(p => p.Grade == ProductRiskGrade.Level1)
            ? string.Create(CultureInfo.InvariantCulture, $"XK{sector.Number:D2}{county.Code[2..]}{++_licenceSerial:D5}")
            : null;
        return new DemoEnterprise(
            uscc, NewName(town, county, city, sector), town.Code, county.Code, chosen, licenceNo,
            Bureau(city, county), propensity, AddressOf(uscc, town));
    }

    private static readonly string[] s_roads = ["工业路", "创业路", "兴业大道", "科技路", "环城北路", "振兴路", "开发大道", "富民路"];

    // Drawn from the code, not from the generator's random sequence, so adding addresses changed no enterprise.
    private static string AddressOf(string uscc, Region town)
    {
        var hash = uscc.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & int.MaxValue;
        return string.Create(CultureInfo.InvariantCulture, $"{town.Name}{s_roads[hash % s_roads.Length]}{hash % 300 + 1}号");
    }

    private DemoSector PickSector(Region town)
    {
        var cluster = DemoCatalogue.IndustrialTowns.GetValueOrDefault(town.Name);
        var sectors = DemoCatalogue.Sectors;
        var weights = sectors.Select(s => s == cluster ? s.Weight * ClusterSectorBias : s.Weight).ToArray();
        var roll = _master.NextDouble() * weights.Sum();
        for (var i = 0; i < sectors.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return sectors[i];
            }
        }

        return sectors[^1];
    }

    // 王江泾 + 精密 + 电缆 + 有限公司; mostly the town's name, sometimes the county's or the city's, as real firms do.
    private string NewName(Region town, Region county, Region? city, DemoSector sector)
    {
        for (var attempt = 0; ; attempt++)
        {
            var roll = _master.NextDouble();
            var place = roll < 0.7 || city is null ? Stem(town.Name) : roll < 0.85 ? Stem(county.Name) : Stem(city.Name);
            var brand = Pick(_master, DemoCatalogue.Brands);
            // A crowded town runs out of pairs now and then; a two-word brand always leaves room.
            if (attempt >= 20)
            {
                brand += Pick(_master, DemoCatalogue.Brands);
            }

            var trade = Pick(_master, sector.Trades);
            var suffix = _master.NextDouble() < 0.1 ? "科技有限公司" : "有限公司";
            var name = place + brand + trade + suffix;
            if (_names.Add(name))
            {
                return name;
            }
        }
    }

    // 嘉兴市 + 南湖区 → 嘉南; a county sharing the city's first character takes its second (嘉善县 → 嘉善).
    private static string Bureau(Region? city, Region county)
    {
        var countyStem = Stem(county.Name);
        if (city is null)
        {
            return countyStem;
        }

        var cityInitial = Stem(city.Name)[..1];
        var countyInitial = countyStem.StartsWith(cityInitial, StringComparison.Ordinal) && countyStem.Length > 1
            ? countyStem[1..2]
            : countyStem[..1];
        return cityInitial + countyInitial;
    }

    private static string Stem(string name)
    {
        foreach (var suffix in s_placeSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    // Per county the target share is met exactly; within it, towns with a higher factor get more of the
    // high-risk enterprises, so town colours scatter around their county's.
    private HashSet<int> PickHighRisk(
        List<DemoEnterprise> enterprises, Dictionary<string, double> countyShares, Dictionary<string, double> townFactors)
    {
        var chosen = new HashSet<int>();
        foreach (var county in enterprises.Select((e, i) => (e, i)).GroupBy(p => p.e.CountyCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var candidates = county.ToList();
            var wanted = (int)Math.Round(candidates.Count * countyShares[county.Key], MidpointRounding.AwayFromZero);
            for (var n = 0; n < wanted && candidates.Count > 0; n++)
            {
                var total = candidates.Sum(c => townFactors[c.e.TownCode]);
                var roll = _master.NextDouble() * total;
                var pick = candidates.Count - 1;
                for (var k = 0; k < candidates.Count; k++)
                {
                    roll -= townFactors[candidates[k].e.TownCode];
                    if (roll < 0)
                    {
                        pick = k;
                        break;
                    }
                }

                chosen.Add(candidates[pick].i);
                candidates.RemoveAt(pick);
            }
        }

        return chosen;
    }

    // Supervisory sampling: high-risk grades are sampled more often; almost all of it passes.
    private void AddRoutineHistory(DemoEnterprise enterprise)
    {
        foreach (var product in enterprise.Products)
        {
            var samplings = product.Grade switch
            {
                ProductRiskGrade.Level1 => 2 + _history.Next(4),
                ProductRiskGrade.Level2 => 1 + _history.Next(3),
                _ => _history.Next(3),
            };
            for (var n = 0; n < samplings; n++)
            {
                AddSampling(enterprise, Between(_start.AddDays(1), _latest), product, passed: true);
            }
        }
    }

    // Trouble that is over by now: a failed batch that aged out (and passed its re-inspection), a refusal that
    // aged out, a suspension that was lifted, a listing that was removed. It makes low-risk enterprises'
    // histories believable and shows that classes do come back down.
    private void AddPastEpisode(DemoEnterprise enterprise)
    {
        var roll = _history.Next(100);
        var product = Pick(_history, enterprise.Products);
        if (roll is >= 70 and < 88 && enterprise.LicenceNo is not null)
        {
            // Lifted before a year ago, so it can never be mistaken for the suspension of a high-risk enterprise.
            var suspendedAt = Between(_start.AddDays(1), _yearAgo.AddDays(-130));
            _events.Add(DemoEvents.Suspension("", enterprise, suspendedAt));
            _events.Add(DemoEvents.Restoration("", enterprise, suspendedAt.AddDays(30 + _history.Next(90))));
        }
        else if (roll is >= 88 and < 95)
        {
            var listedAt = Between(_start.AddDays(1), _yearAgo.AddDays(-130));
            var listing = DemoEvents.Listing("", enterprise, listedAt, ++_listingSerial);
            _events.Add(listing);
            _events.Add(DemoEvents.Delisting("", enterprise, listedAt.AddDays(60 + _history.Next(60)), listing.ListingNo));
        }
        else if (roll is >= 60 and < 70 && Expired(_windows.RefusedSampling) is { } refusedAt)
        {
            _events.Add(DemoEvents.Refusal("", enterprise, refusedAt, Pick(_history, DemoCatalogue.RefusalNotes)));
        }
        else if (Expired(_windows.FailedSampling) is { } failedAt)
        {
            AddSampling(enterprise, failedAt, product, passed: false);
            AddIfPast(DemoEvents.Reinspection("", enterprise, failedAt.AddDays(15 + _history.Next(30)), product, passed: true));
        }
    }

    // The fact that makes the enterprise high-risk now, in the proportions supervision finds them: failed
    // sampling far ahead, then penalties, refusals, suspensions, listings; accidents are rare.
    private void AddHighRiskFacts(DemoEnterprise enterprise)
    {
        var product = Pick(_history, enterprise.Products);
        if (_history.NextDouble() < AgingShare && AddAgingFact(enterprise, product))
        {
            return;
        }

        var roll = _history.Next(100);
        if (roll < 50)
        {
            var failedAt = Recent(_windows.FailedSampling);
            AddSampling(enterprise, failedAt, product, passed: false);
            // Passing the re-inspection does not clear the class: the failed batch counts for its whole window.
            if (_history.NextDouble() < 0.4)
            {
                AddIfPast(DemoEvents.Reinspection("", enterprise, failedAt.AddDays(15 + _history.Next(30)), product, passed: true));
            }
        }
        else if (roll < 55)
        {
            var failedAt = Between(RecentFrom(_windows.FailedSampling), _latest.AddDays(-40));
            AddSampling(enterprise, failedAt, product, passed: false);
            AddIfPast(DemoEvents.Reinspection("", enterprise, failedAt.AddDays(15 + _history.Next(15)), product, passed: false));
        }
        else if (roll < 70)
        {
            var penalisedAt = Recent(_windows.AdministrativePenalty);
            // A penalty usually follows a failed batch of the same product.
            var failedAt = penalisedAt.AddDays(-(20 + _history.Next(70)));
            if (failedAt > _start)
            {
                AddSampling(enterprise, failedAt, product, passed: false);
            }

            AddPenalty(enterprise, penalisedAt);
        }
        else if (roll < 79)
        {
            _events.Add(DemoEvents.Refusal("", enterprise, Recent(_windows.RefusedSampling), Pick(_history, DemoCatalogue.RefusalNotes)));
        }
        else if (roll < 87 && enterprise.LicenceNo is not null)
        {
            _events.Add(DemoEvents.Suspension("", enterprise, Between(_yearAgo, _latest)));
        }
        else if (roll < 90 && enterprise.LicenceNo is not null)
        {
            _events.Add(DemoEvents.Revocation("", enterprise, Between(_yearAgo, _latest)));
        }
        else if (roll < 97)
        {
            _events.Add(DemoEvents.Listing("", enterprise, Between(_yearAgo, _latest), ++_listingSerial));
        }
        else
        {
            var accidentAt = Recent(_windows.QualityAccident);
            AddAccident(enterprise, accidentAt, product);
            AddIfPast(DemoEvents.Penalty("", enterprise, accidentAt.AddDays(20 + _history.Next(40)),
                Pick(_history, DemoCatalogue.Violations), ++_decisionSerial));
        }
    }

    // One windowed fact dated so that its window closes 1–60 minutes after now, and nothing else that holds:
    // the enterprise turns low-risk by itself during the first hour of the demo.
    private bool AddAgingFact(DemoEnterprise enterprise, ProductLine product)
    {
        var roll = _history.Next(100);
        var window = roll switch
        {
            < 60 => _windows.FailedSampling,
            < 80 => _windows.AdministrativePenalty,
            < 92 => _windows.RefusedSampling,
            _ => _windows.QualityAccident,
        };
        var at = AgingMoment(window);
        if (at is null)
        {
            return false;
        }

        switch (roll)
        {
            case < 60:
                AddSampling(enterprise, at.Value, product, passed: false);
                break;
            case < 80:
                AddPenalty(enterprise, at.Value);
                break;
            case < 92:
                _events.Add(DemoEvents.Refusal("", enterprise, at.Value, Pick(_history, DemoCatalogue.RefusalNotes)));
                break;
            default:
                AddAccident(enterprise, at.Value, product);
                break;
        }

        return true;
    }

    // Null when calendar months make it impossible (no date a window ago maps onto the next hour, e.g. on
    // 29 February) or the window reaches past the history: the fact is then placed normally.
    private DateTimeOffset? AgingMoment(WindowRuleOptions window)
    {
        if (!window.Enabled || window.WindowMonths > HistoryMonths)
        {
            return null;
        }

        var at = _now.AddMonths(-window.WindowMonths).AddMinutes(1 + _history.Next(60));
        var end = ClassificationRules.WindowEnd(at, window.WindowMonths);
        return end > _now && end <= _now.AddHours(1) && at > _start ? at : null;
    }

    // A moment inside the window that still holds now (and after the registration).
    private DateTimeOffset Recent(WindowRuleOptions window) => Between(RecentFrom(window), _latest);

    private DateTimeOffset RecentFrom(WindowRuleOptions window)
    {
        var from = _now.AddMonths(-window.WindowMonths).AddDays(1);
        return from > _start.AddDays(1) ? from : _start.AddDays(1);
    }

    // A moment whose window had closed well before now; null when the window reaches back past the history.
    private DateTimeOffset? Expired(WindowRuleOptions window)
    {
        var until = _now.AddMonths(-window.WindowMonths).AddDays(-2);
        return until > _start.AddDays(1) ? Between(_start.AddDays(1), until) : null;
    }

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return from;
        }

        var ticks = (long)((to - from).Ticks * _history.NextDouble());
        return from.AddTicks(ticks - ticks % TimeSpan.TicksPerSecond);
    }

    private void AddSampling(DemoEnterprise enterprise, DateTimeOffset at, ProductLine product, bool passed) =>
        _events.Add(DemoEvents.Sampling("", enterprise, at, product, passed, "CJ", ++_batchSerial));

    private void AddPenalty(DemoEnterprise enterprise, DateTimeOffset at) =>
        _events.Add(DemoEvents.Penalty("", enterprise, at, Pick(_history, DemoCatalogue.Violations), ++_decisionSerial));

    private void AddAccident(DemoEnterprise enterprise, DateTimeOffset at, ProductLine product) =>
        _events.Add(DemoEvents.Accident("", enterprise, at, product, Pick(_history, DemoCatalogue.AccidentConsequences)));

    // Follow-ups (re-inspections, penalties after an accident) only when their date has come.
    private void AddIfPast(EnterpriseEvent evt)
    {
        if (evt.OccurredAt <= _latest)
        {
            _events.Add(evt);
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
