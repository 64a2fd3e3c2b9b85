using System.Text.Json.Serialization;

namespace QualityMap.Grains.Map;

/// <summary>A change the map watchers are told about.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RegionChanged), "region")]
[JsonDerivedType(typeof(EnterpriseReclassified), "enterprise")]
[JsonDerivedType(typeof(WarningChanged), "warning")]
[JsonDerivedType(typeof(BatchFlagged), "batch")]
[GenerateSerializer, Alias("qm.MapUpdate")]
public abstract record MapUpdate
{
    /// <summary>The region the update is about; its ancestors' watchers care too.</summary>
    [JsonIgnore]
    public abstract string RegionCode { get; }
}
