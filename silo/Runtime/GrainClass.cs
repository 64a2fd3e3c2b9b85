using System.Reflection;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>A grain implementation class; <see cref="Name"/> is its stable storage name.</summary>
public sealed class GrainClass(Type type)
{
    public Type Type { get; } = type;

    public string Name { get; } = type.Name;

    public bool KeepAlive { get; } = type.GetCustomAttribute<KeepAliveAttribute>() is not null;

    public override string ToString() => Name;
}
