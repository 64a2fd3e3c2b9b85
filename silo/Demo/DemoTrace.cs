using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Api.Codes;
using QualityMap.Api.Epcis;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Security;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Demo mode's traceability: some producers register a batch each, sellers in the counties' towns get accounts, and
/// every batch flows from its producer through three sellers (shipped, received, partly sold), all through the same
/// ingestion and capture ports as real data. So a printed demo code scans to a live page at once, and a recall
/// (the city's <c>POST /api/batches/…/recall</c>) lights up the holders' counties on the wall. Seeded once per
/// database: the first batch's registration in the journal marks it done.
/// </summary>
public sealed class DemoTrace(
    IEventIngestion ingestion, ITraceCapture capture, IJournal journal, AccountService accounts, RegionTree regions,
    IOptions<DemoOptions> options, IOptions<CodesOptions> codes, ILogger<DemoTrace> logger)
{
    public const int Batches = 24;
    public const string SellerPassword = "seller-demo-2026";
    private const string Issuer = "嘉兴市质量检验检测研究院";
    private static readonly string[] s_shops = ["五金商行", "电料批发部", "建材经营部", "灶具专卖店"];

    public async Task SeedAsync(DemoData data, CancellationToken cancellationToken)
    {
        var seed = options.Value.Seed;
        if (await journal.FindAsync(BatchEventId(seed, 0), cancellationToken) is not null) return;

        var random = new Random(seed + 19);
        var sellers = await SellersAsync(random);
        var producers = data.Enterprises.Take(Batches).ToList();
        var at = data.GeneratedAt.AddDays(-10);
        var batches = producers.Select((p, i) => Batch(seed, i, p, at)).ToList();
        await ingestion.IngestAsync(batches, cancellationToken);

        foreach (var (batch, index) in batches.Select((b, i) => (b, i)))
        {
            var shipped = at.AddDays(1).AddHours(index);
            var code = $"{codes.Value.PublicBaseUrl.TrimEnd('/')}/01/{batch.Gtin}/10/{batch.Lot}";
            var chosen = Enumerable.Range(0, 3).Select(_ => sellers[random.Next(sellers.Count)]).DistinctBy(s => s.Uscc).ToList();
            foreach (var (seller, n) in chosen.Select((s, n) => (s, n)))
            {
                var quantity = 300 - 100 * n;
                await CaptureAsync(batch.Uscc, Record(TradeSteps.Shipping, code, quantity, seller.Uscc, shipped.AddMinutes(n)), cancellationToken);
                await CaptureAsync(seller.Uscc, Record(TradeSteps.Receiving, code, quantity, batch.Uscc, shipped.AddHours(6 + n)), cancellationToken);
                await CaptureAsync(seller.Uscc, Record(TradeSteps.RetailSelling, code, 10 + random.Next(30), null, shipped.AddDays(2 + n)), cancellationToken);
            }
        }
        logger.LogInformation(
            "Demo traceability: {Batches} batches flowing through {Sellers} sellers; scan {Code} (sellers sign in as seller-1… / '{Password}')",
            batches.Count, sellers.Count, $"{codes.Value.PublicBaseUrl.TrimEnd('/')}/01/{batches[0].Gtin}/10/{batches[0].Lot}", SellerPassword);
    }

    private async Task CaptureAsync(string seller, TradeRecord record, CancellationToken cancellationToken)
    {
        var document = TradeApi.DocumentOf(record, seller, record.OccurredAt!.Value);
        var (events, refusal) = CaptureReader.Read(document, seller, 1);
        if (refusal is null) refusal = (await capture.CaptureAsync(events!, cancellationToken)).Refusal;
        if (refusal is not null) logger.LogWarning("A demo trace event was refused: {Rule} at {Pointer}: {Detail}", refusal.Rule, refusal.Pointer, refusal.Detail);
    }

    private static TradeRecord Record(string step, string code, int quantity, string? counterparty, DateTimeOffset at) =>
        new() { Step = step, Code = code, Quantity = quantity, Counterparty = counterparty, OccurredAt = at };

    // Three sellers in each county, each in one of its towns, with a password so a visitor can try the phone form.
    private async Task<List<(string Uscc, string Town)>> SellersAsync(Random random)
    {
        var sellers = new List<(string, string)>();
        var city = regions.All.First(r => r.Level == RegionLevel.City);
        var n = 0;
        foreach (var county in regions.ChildrenOf(city.Code))
        {
            var towns = regions.ChildrenOf(county.Code);
            for (var i = 0; i < 3 && towns.Count > 0; i++)
            {
                var town = towns[random.Next(towns.Count)];
                var uscc = UnifiedSocialCreditCode.Generate(random, county.Code);
                var name = $"{town.Name}{s_shops[random.Next(s_shops.Length)]}";
                await accounts.CreateAccountAsync($"seller-{++n}", name, Role.Seller, town.Code, isAdmin: false, SellerPassword, "demo", uscc,
                    string.Create(CultureInfo.InvariantCulture, $"{town.Name}商贸街{random.Next(1, 200)}号"));
                sellers.Add((uscc, town.Code));
            }
        }
        return sellers;
    }

    private static BatchRegistered Batch(int seed, int index, DemoEnterprise producer, DateTimeOffset at)
    {
        // A GTIN-13 of the Chinese prefix 690, padded to 14, with its check digit.
        var body = string.Create(CultureInfo.InvariantCulture, $"0690{seed % 100_000:D5}{index:D4}");
        var product = producer.Products[0];
        return new BatchRegistered
        {
            EventId = BatchEventId(seed, index),
            Uscc = producer.Uscc,
            OccurredAt = at,
            Gtin = body + Gtin.CheckDigit(body),
            Lot = string.Create(CultureInfo.InvariantCulture, $"L{at:yyMMdd}{index:D3}"),
            ProductionDate = DateOnly.FromDateTime(at.AddDays(-1).UtcDateTime),
            Quantity = 2000,
            ProductCode = product.Code,
            ProductName = product.Name,
            Certificate = new InspectionCertificate(string.Create(CultureInfo.InvariantCulture, $"JC{at:yyyy}-{index + 1:D4}"), Issuer,
                DateOnly.FromDateTime(at.UtcDateTime)),
        };
    }

    private static string BatchEventId(int seed, int index) => string.Create(CultureInfo.InvariantCulture, $"demo-{seed}-batch-{index}");
}
