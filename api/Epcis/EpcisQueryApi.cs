using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Epcis;

/// <summary>
/// The EPCIS 2.0 query interface, <c>GET /epcis/events</c> (REST binding), paged by <c>perPage</c> and an opaque
/// <c>nextPageToken</c> with a <c>Link: rel="next"</c>: an EPCISQueryDocument of the events the caller may see — a
/// seller those it recorded, a county bureau those recorded in its county, the city all of them.
/// </summary>
public static class EpcisQueryApi
{
    public const string QueryParameterException = "epcisException:QueryParameterException";
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 1000;

    public static RouteHandlerBuilder MapEpcisQuery(this IEndpointRouteBuilder app) =>
        app.MapGet("/epcis/events", QueryAsync).WithTags("EPCIS").RequireAuthorization(Policies.EpcisQuery);

    public static async Task<IResult> QueryAsync(
        HttpContext context, ClaimsPrincipal user, IEpcisEventStore store, RegionScope scope, IGrainFactory grains, RegionTree regions,
        TimeProvider time)
    {
        var (query, error) = EpcisQuery.Parse(context.Request.Query);
        if (error is var (parameter, detail)) return Refused(parameter, detail);
        if (!TryInt(context.Request.Query["perPage"], DefaultPerPage, out var perPage) || perPage is < 1 or > MaxPerPage)
            return Refused("perPage", $"perPage must be a whole number from 1 to {MaxPerPage}.");
        if (!TryToken(context.Request.Query["nextPageToken"], out var after))
            return Refused("nextPageToken", "nextPageToken is not one this repository gave.");

        var visible = await VisibleAsync(user, scope, grains, regions);
        var (events, continueAfter) = await store.QueryAsync(query!, visible, after, perPage, context.RequestAborted);
        if (continueAfter is { } next)
        {
            var link = new StringBuilder($"{context.Request.PathBase}{context.Request.Path}?");
            foreach (var (name, values) in context.Request.Query.Where(q => q.Key != "nextPageToken"))
                link.Append(CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(values.ToString())}&");
            link.Append(CultureInfo.InvariantCulture, $"nextPageToken={Token(next)}");
            context.Response.Headers.Link = $"<{link}>; rel=\"next\"";
        }
        context.Response.Headers["GS1-EPCIS-Version"] = "2.0.0";
        return Results.Json(Document(events, time.GetUtcNow()), contentType: "application/ld+json");
    }

    /// <summary>The EPCISQueryDocument of a page of events.</summary>
    public static JsonObject Document(IEnumerable<StoredEpcisEvent> events, DateTimeOffset now) => new()
    {
        ["@context"] = new JsonArray("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
        ["type"] = "EPCISQueryDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["epcisBody"] = new JsonObject
        {
            ["queryResults"] = new JsonObject
            {
                ["queryName"] = "SimpleEventQuery",
                ["resultsBody"] = new JsonObject { ["eventList"] = new JsonArray([.. events.Select(e => (JsonNode)e.Event)]) },
            },
        },
    };

    // Who sees which recorded events: a seller its own, a bureau those of the parties in its region.
    private static async Task<Func<string, ValueTask<bool>>> VisibleAsync(ClaimsPrincipal user, RegionScope scope, IGrainFactory grains, RegionTree regions)
    {
        if (user.Role() == Role.Seller)
        {
            var own = user.Uscc();
            return subject => ValueTask.FromResult(subject == own);
        }
        if (user.Role() == Role.CityBureau) return _ => ValueTask.FromResult(true);
        var parties = await Trace.TraceParties.LoadAsync(grains, regions);
        var covered = new Dictionary<string, bool>(StringComparer.Ordinal);
        return async subject =>
        {
            if (covered.TryGetValue(subject, out var known)) return known;
            var party = await parties.OfAsync(subject);
            return covered[subject] = party.TownCode is { } town && scope.Covers(user, town);
        };
    }

    private static string Token(long seq) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"after:{seq}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryToken(string? token, out long after)
    {
        after = 0;
        if (string.IsNullOrEmpty(token)) return true;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - token.Length % 4) % 4);
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith("after:", StringComparison.Ordinal)
                && long.TryParse(text["after:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out after);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static IResult Refused(string parameter, string detail) =>
        Problem.Of(StatusCodes.Status400BadRequest, QueryParameterException, "Invalid query parameter", detail, parameter, "query-parameter");
}
