using System.Reflection;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>A grain implementation class; <see cref="Name"/> is its stable storage name.</summary>
public sealed class GrainClass(Type type)
{
    public Type Type { get; } = type;

    public string Name { get; } = type.Name;

    public bool KeepAlive { get; } = type.GetCustomAttribute<KeepAliveAttribute>() is not null;

    /// <summary>True when the class's state is reproducible from the journal and may be stored behind the answer.</summary>
    public bool WriteBehind { get; } = type.GetCustomAttribute<WriteBehindAttribute>() is not null;

    public override string ToString() => Name;
}
