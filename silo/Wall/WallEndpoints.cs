using Microsoft.Extensions.Options;
using QualityMap.Api.Security.Browser;
using QualityMap.Silo.Demo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace QualityMap.Silo.Wall;

/// <summary>
/// The wall display: its page under <c>/wall/</c>, its start-up settings and the region boundaries; and the bureau
/// page of the same bundle under <c>/bureau/</c>.
/// </summary>
public static class WallEndpoints
{
    private const string WallPath = "/wall";

    public static IServiceCollection AddWall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WallOptions>().Bind(configuration.GetSection(WallOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "Wall options are invalid; see the README configuration table.")
            .ValidateOnStart();
        services.AddSingleton<WallSite>();
        // The wall may be framed by a command centre's console (Security:WallFrameAncestors), and fetches its
        // boundaries from Wall:GeoUrlTemplate's server when one is set: the pages' CSP must allow both.
        services.AddOptions<BrowserPageOptions>().Configure<IOptions<WallOptions>>((pages, wall) =>
        {
            pages.EmbeddablePaths.Add(WallPath);
            if (wall.Value.GeoUrlTemplate is { Length: > 0 } template && Origins.Of(template.Replace("{code}", "0", StringComparison.Ordinal)) is { } origin)
                pages.ConnectSources.Add(origin);
        });
        return services;
    }

    public static WebApplication MapWall(this WebApplication app)
    {
        var site = app.Services.GetRequiredService<WallSite>();
        ServeBundle(app, site, WallPath, "index.html");
        // The bureau page is the bundle's second page (dashboard/wall/bureau.html); at the bundle's root, so its
        // ./assets/ URLs resolve under /bureau/ as well. Public like the wall: its data needs a sign-in.
        ServeBundle(app, site, "/bureau", "bureau.html");

        // In demo mode the start page opens the wall with the demo's public key, so the map is alive at once.
        app.MapGet("/", (IOptions<DemoOptions> demo) => TypedResults.Redirect(demo.Value.Enabled ? $"/wall/#key={DemoAccounts.WallKey}" : "/wall/"))
            .ExcludeFromDescription().AllowAnonymous();
        // Public like the page: the root region's name and the boundaries are no secret; the map's data is.
        var group = app.MapGroup(WallPath).WithTags("Wall").AllowAnonymous();
        group.MapGet("/config.json", GetConfig);
        group.MapGet("/geo/{code}.json", GetGeo);
        return app;
    }

    /// <summary>The built bundle under <paramref name="path"/>: <c>path</c> → <c>path/</c> → <paramref name="page"/>.</summary>
    private static void ServeBundle(WebApplication app, WallSite site, string path, string page)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = path, FileProvider = site.Files, DefaultFileNames = [page] });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = path,
            FileProvider = site.Files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            // Bundles carry a content hash in their name and never change; the page itself must be re-read
            // so a wall picks up a new build on its next reload.
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] =
                context.Context.Request.Path.StartsWithSegments($"{path}/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
    }

    /// <summary>The root region and where boundaries come from (null: draw the tile map).</summary>
    public static Ok<WallConfig> GetConfig(WallSite site) => TypedResults.Ok(site.Config);

    /// <summary>The DataV boundaries of the children of <paramref name="code"/>, from <c>Wall:GeoDirectory</c>.</summary>
    public static Results<PhysicalFileHttpResult, NotFound> GetGeo(string code, WallSite site)
    {
        // Digits only: the code becomes part of a file name, so nothing else may reach the file system.
        if (site.GeoDirectory is null || code.Length is 0 or > 12 || !code.All(char.IsAsciiDigit)) return TypedResults.NotFound();
        var path = Path.Combine(site.GeoDirectory, $"{code}_full.json");
        return File.Exists(path) ? TypedResults.PhysicalFile(path, "application/json; charset=utf-8") : TypedResults.NotFound();
    }
}
