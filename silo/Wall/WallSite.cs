using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Regions;

namespace QualityMap.Silo.Wall;

/// <summary>
/// The wall's files and settings, resolved once: the built page (copied by the build into <c>wall/</c> beside the
/// silo's assembly, so <c>dotnet run</c>, the test host and a published silo all find it), the root region and the
/// boundary source.
/// </summary>
public sealed class WallSite
{
    /// <summary>The folder, under <see cref="AppContext.BaseDirectory"/>, that the build copies the page into.</summary>
    public const string BundleFolder = "wall";

    public WallSite(IOptions<WallOptions> options, RegionTree tree, ILogger<WallSite> logger)
    {
        var o = options.Value;
        var root = string.IsNullOrWhiteSpace(o.RootCode)
            ? DefaultRoot(tree)
            : tree.Find(o.RootCode) ?? throw new OptionsValidationException(
                WallOptions.SectionName, typeof(WallOptions), [$"Wall:RootCode {o.RootCode} is not in the region tree."]);

        GeoDirectory = string.IsNullOrWhiteSpace(o.GeoDirectory) ? null : Path.GetFullPath(o.GeoDirectory);
        var template = GeoDirectory is not null ? "geo/{code}.json" : string.IsNullOrWhiteSpace(o.GeoUrlTemplate) ? null : o.GeoUrlTemplate;
        Config = new WallConfig(root.Code, root.Name, template);

        var bundle = Path.Combine(AppContext.BaseDirectory, BundleFolder);
        if (Directory.Exists(bundle))
        {
            Files = new PhysicalFileProvider(bundle);
        }
        else
        {
            // Built with -p:SkipWallBuild=true (no npm): the API still works, the page is just not there.
            logger.LogWarning("The wall display is not built: {Folder} is missing.", bundle);
            Files = new NullFileProvider();
        }
    }

    public WallConfig Config { get; }

    /// <summary>Full path of <see cref="WallOptions.GeoDirectory"/>, or null when the silo serves no boundaries.</summary>
    public string? GeoDirectory { get; }

    public IFileProvider Files { get; }

    // The wall opens on the region the tree is about: below a chain of single children (the built-in tree and
    // Regions:Root keep their ancestors up to the province), e.g. 330400 for Jiaxing.
    private static Region DefaultRoot(RegionTree tree)
    {
        var region = tree.Roots[0];
        while (tree.Roots.Count == 1 && tree.ChildrenOf(region.Code) is [var only]) region = only;
        return region;
    }
}
