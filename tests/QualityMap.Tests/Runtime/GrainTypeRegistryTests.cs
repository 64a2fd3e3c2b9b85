using System.Reflection;
using System.Reflection.Emit;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Runtime;
using QualityMap.Tests.Runtime.TestGrains;

namespace QualityMap.Tests.Runtime;

public sealed class GrainTypeRegistryTests
{
    [Fact]
    public void TwoGrainClassesWithTheSameNameAreRejected()
    {
        // The class name is the storage name, so two classes named alike (in different namespaces) would share state.
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DuplicateGrainNames"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("DuplicateGrainNames");
        foreach (var space in new[] { "First", "Second" })
        {
            var type = module.DefineType($"{space}.DuplicateGrain", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(Grain));
            type.DefineDefaultConstructor(MethodAttributes.Public);
            type.CreateType();
        }

        var error = Assert.Throws<InvalidOperationException>(() => new GrainTypeRegistry([assembly]));

        Assert.Contains("DuplicateGrain", error.Message);
    }

    [Fact]
    public void EachGrainInterfaceResolvesToItsClassAndTheClassNameIsItsStorageName()
    {
        var registry = new GrainTypeRegistry([typeof(GrainTypeRegistryTests).Assembly]);

        var grainClass = registry.ForInterface(typeof(IPersistentCounterGrain));

        Assert.Equal(typeof(PersistentCounterGrain), grainClass.Type);
        Assert.Equal(nameof(PersistentCounterGrain), grainClass.Name);
        Assert.Same(grainClass, registry.ForName(nameof(PersistentCounterGrain)));
        Assert.True(registry.ForInterface(typeof(IPinnedGrain)).KeepAlive);
        Assert.False(grainClass.KeepAlive);
    }
}
