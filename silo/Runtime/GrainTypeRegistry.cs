using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>Maps grain interfaces to their one implementation class, found by scanning assemblies.</summary>
public sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];
    private readonly Dictionary<string, GrainClass> _byName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        var classes = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));
        var ambiguous = new HashSet<Type>();
        foreach (var type in classes)
        {
            var grainClass = new GrainClass(type);
            if (!_byName.TryAdd(grainClass.Name, grainClass))
                throw new InvalidOperationException($"Two grain classes are named {grainClass.Name}; storage names must be unique.");
            foreach (var contract in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (!_byInterface.TryAdd(contract, grainClass)) ambiguous.Add(contract);
            }
        }
        // An interface with several implementations (IRemindable) cannot be resolved by GetGrain.
        foreach (var contract in ambiguous) _byInterface.Remove(contract);
    }

    public IEnumerable<GrainClass> Classes => _byName.Values;

    public GrainClass ForInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No single grain class implements {grainInterface.Name}.");

    public bool TryGetByName(string name, [MaybeNullWhen(false)] out GrainClass grainClass) =>
        _byName.TryGetValue(name, out grainClass);

    public GrainClass ForName(string name) =>
        _byName.TryGetValue(name, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class is named {name}.");

    private static bool IsGrainInterface(Type type) =>
        type != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(type);
}
