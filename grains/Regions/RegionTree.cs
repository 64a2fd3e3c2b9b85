using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace QualityMap.Grains.Regions;

/// <summary>
/// An immutable province → city → county → town tree, validated on construction.
/// Lookups are dictionary reads and child lists are precomputed, so the national list
/// (about 44,700 regions) is cheap to query.
/// </summary>
public sealed class RegionTree
{
    private const int DivisionCodeLength = 6;
    private const int TownCodeLength = 9;

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, ReadOnlyCollection<Region>> _children;
    private readonly ReadOnlyCollection<Region> _all;
    private readonly ReadOnlyCollection<Region> _roots;
    private readonly int[] _countByLevel;

    /// <summary>Builds and validates a tree.</summary>
    /// <exception cref="RegionTreeException">
    /// A code is duplicated or malformed for its level, a parent is missing or not exactly one
    /// level up, a province names a parent, or a code does not extend its parent's code.
    /// </exception>
    public RegionTree(IEnumerable<Region> regions)
        : this(Validate(regions))
    {
    }

    private RegionTree(Dictionary<string, Region> byCode)
    {
        _byCode = byCode;

        var all = byCode.Values.ToArray();
        Array.Sort(all, CompareByCode);
        _all = all.AsReadOnly();

        var children = new Dictionary<string, List<Region>>();
        var roots = new List<Region>();
        _countByLevel = new int[Enum.GetValues<RegionLevel>().Length];
        // Walking the sorted array keeps every child list sorted without a second sort.
        foreach (var region in all)
        {
            _countByLevel[(int)region.Level]++;
            if (region.ParentCode is null)
            {
                roots.Add(region);
            }
            else if (children.TryGetValue(region.ParentCode, out var siblings))
            {
                siblings.Add(region);
            }
            else
            {
                children.Add(region.ParentCode, [region]);
            }
        }

        _children = children.ToDictionary(pair => pair.Key, pair => pair.Value.AsReadOnly());
        _roots = roots.AsReadOnly();
    }

    /// <summary>Every region, sorted by code.</summary>
    public IEnumerable<Region> All => _all;

    /// <summary>The provinces, sorted by code.</summary>
    public IReadOnlyList<Region> Roots => _roots;

    public int Count => _byCode.Count;

    public int CountAt(RegionLevel level) =>
        (uint)level < (uint)_countByLevel.Length ? _countByLevel[(int)level] : 0;

    /// <summary>The region with this code, or <see langword="null"/> if the tree has none.</summary>
    public Region? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    public bool TryGet(string code, [MaybeNullWhen(false)] out Region region)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out region);
    }

    public bool IsTown(string code) => Find(code)?.Level == RegionLevel.Town;

    /// <summary>Direct children sorted by code; empty for a town.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the tree.</exception>
    public IReadOnlyList<Region> ChildrenOf(string code)
    {
        Get(code);
        return _children.GetValueOrDefault(code) ?? ReadOnlyCollection<Region>.Empty;
    }

    /// <summary>Parent, grandparent, … up to the province (nearest first); empty for a province.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the tree.</exception>
    public IReadOnlyList<Region> AncestorsOf(string code)
    {
        var ancestors = new List<Region>(3);
        for (var parentCode = Get(code).ParentCode; parentCode is not null;)
        {
            var parent = _byCode[parentCode];
            ancestors.Add(parent);
            parentCode = parent.ParentCode;
        }

        return ancestors.AsReadOnly();
    }

    /// <summary>
    /// The region, all its descendants, and its ancestors. Ancestors are kept (without their other
    /// children) so the result is still a valid tree rooted at a province: every town keeps its
    /// county → city → province path for names and breadcrumbs, and the result can be compared
    /// with a tree built for that region alone (e.g. the built-in Jiaxing list).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The code is not in the tree.</exception>
    public RegionTree Subtree(string rootCode)
    {
        var root = Get(rootCode);
        var kept = new Dictionary<string, Region>();
        foreach (var ancestor in AncestorsOf(rootCode))
        {
            kept.Add(ancestor.Code, ancestor);
        }

        var pending = new Stack<Region>();
        pending.Push(root);
        while (pending.TryPop(out var region))
        {
            kept.Add(region.Code, region);
            foreach (var child in _children.GetValueOrDefault(region.Code) ?? ReadOnlyCollection<Region>.Empty)
            {
                pending.Push(child);
            }
        }

        // A subset of a valid tree that keeps every parent is valid, so skip re-validation.
        return new RegionTree(kept);
    }

    private Region Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out var region)
            ? region
            : throw new KeyNotFoundException($"Region {code} is not in the tree.");
    }

    private static int CompareByCode(Region x, Region y) => string.CompareOrdinal(x.Code, y.Code);

    private static Dictionary<string, Region> Validate(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);

        var byCode = new Dictionary<string, Region>();
        foreach (var region in regions)
        {
            ArgumentNullException.ThrowIfNull(region, nameof(regions));
            CheckOwnFields(region);
            if (!byCode.TryAdd(region.Code, region))
            {
                throw new RegionTreeException(region.Code, $"Region code {region.Code} appears more than once.");
            }
        }

        foreach (var region in byCode.Values)
        {
            CheckParent(region, byCode);
        }

        return byCode;
    }

    private static void CheckOwnFields(Region region)
    {
        var code = region.Code ?? throw new RegionTreeException("", "A region has no code.");
        var expectedLength = region.Level switch
        {
            RegionLevel.Province or RegionLevel.City or RegionLevel.County => DivisionCodeLength,
            RegionLevel.Town => TownCodeLength,
            _ => throw new RegionTreeException(code, $"Region {code} has unknown level {(int)region.Level}."),
        };

        if (code.Length != expectedLength || !code.All(char.IsAsciiDigit))
        {
            throw new RegionTreeException(
                code, $"Region code {code} is not a {expectedLength}-digit {Describe(region.Level)} code.");
        }

        if (string.IsNullOrWhiteSpace(region.Name))
        {
            throw new RegionTreeException(code, $"Region {code} has no name.");
        }
    }

    private static void CheckParent(Region region, Dictionary<string, Region> byCode)
    {
        var code = region.Code;
        if (region.Level == RegionLevel.Province)
        {
            if (region.ParentCode is not null)
            {
                throw new RegionTreeException(
                    code, $"Province {code} names parent {region.ParentCode}; provinces are roots.");
            }

            return;
        }

        // Only provinces may be roots, so every tree keeps whole paths up to a province.
        if (region.ParentCode is null)
        {
            throw new RegionTreeException(code, $"{region.Level} {code} has no parent.");
        }

        if (!byCode.TryGetValue(region.ParentCode, out var parent))
        {
            throw new RegionTreeException(
                code, $"{region.Level} {code} names parent {region.ParentCode}, which is not in the list.");
        }

        if (parent.Level != region.Level - 1)
        {
            throw new RegionTreeException(
                code,
                $"{region.Level} {code} sits under {Describe(parent.Level)} {parent.Code}; " +
                $"its parent must be a {Describe(region.Level - 1)}.");
        }

        // GB/T 2260 codes nest: 33 → 3304 → 330402 → 330402007.
        var sharedPrefix = region.Level switch
        {
            RegionLevel.City => 2,
            RegionLevel.County => 4,
            _ => DivisionCodeLength,
        };
        if (string.CompareOrdinal(code, 0, parent.Code, 0, sharedPrefix) != 0)
        {
            throw new RegionTreeException(
                code,
                $"{region.Level} {code} does not start with the first {sharedPrefix} digits " +
                $"of its {Describe(parent.Level)} {parent.Code}.");
        }
    }

    private static string Describe(RegionLevel level) => level.ToString().ToLowerInvariant();
}
