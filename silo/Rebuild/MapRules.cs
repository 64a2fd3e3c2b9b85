using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Supervision;

namespace QualityMap.Silo.Rebuild;

/// <summary>What a <see cref="MapDigest"/> derives the regions with: the tree and the colour rule of the deployment's scheme.</summary>
public sealed record MapRules(RegionTree Tree, ColourOptions Colours, SupervisionOptions Supervision, CreditOptions Credit);
