using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion.Shapes;

/// <summary>
/// The wire shape of a declared record, found once by reflection: its fields in declaration order (a base record's
/// first), each required when the property is <c>required</c> (or a positional parameter) and optional when it is
/// nullable. The record's own attributes are its validation; nothing else describes its fields.
/// </summary>
internal sealed class RecordShape
{
    private static readonly ConcurrentDictionary<Type, RecordShape> s_shapes = new();

    private readonly ConstructorInfo? _positional;
    private readonly int[] _parameterFields;

    private RecordShape(Type type)
    {
        Type = type;
        Noun = type.GetCustomAttribute<ObjectNounAttribute>()?.Noun ?? $"a {type.Name}";
        _positional = type.IsAbstract ? null : PositionalConstructor(type);
        var parameters = _positional?.GetParameters() ?? [];
        Fields = [.. WireProperties(type).Select(p => FieldShape.Of(p, WireName(p), IsRequired(p, parameters)))];
        _parameterFields = [.. parameters.Select(p => Fields.ToList().FindIndex(f => NameMatches(f.Property, p)))];
    }

    public Type Type { get; }

    /// <summary>What the record is called in messages ("a product").</summary>
    public string Noun { get; }

    public IReadOnlyList<FieldShape> Fields { get; }

    public static RecordShape Of(Type type) => s_shapes.GetOrAdd(type, static t => new RecordShape(t));

    public int IndexOf(string propertyName) => Fields.ToList().FindIndex(f => f.Property.Name == propertyName);

    /// <summary>The record holding <paramref name="values"/>, one per field in <see cref="Fields"/> order (null: not sent).</summary>
    public object Create(object?[] values)
    {
        if (Type.IsAbstract) throw new InvalidOperationException($"{Type.Name} is abstract: read a concrete record.");
        var instance = _positional is null
            ? Activator.CreateInstance(Type)!
            : _positional.Invoke([.. _parameterFields.Select(i => values[i])]);
        for (var i = 0; i < Fields.Count; i++)
        {
            if (values[i] is not null && !_parameterFields.Contains(i)) Fields[i].Property.SetValue(instance, values[i]);
        }
        return instance;
    }

    // A positional record (ProductLine(Code, Name, Grade)) is built through its constructor; a record of init-only
    // properties through its parameterless one. The compiler's copy constructor is neither.
    private static ConstructorInfo? PositionalConstructor(Type type)
    {
        var constructors = type.GetConstructors()
            .Where(c => c.GetParameters() is not [{ ParameterType: var only }] || only != type)
            .ToArray();
        return constructors is [var single] && single.GetParameters().Length > 0 ? single : null;
    }

    // Base record's properties first, each type's in declaration order; computed and ignored properties are not wire.
    private static IEnumerable<PropertyInfo> WireProperties(Type type)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Push(t);
        foreach (var declaring in chain)
        {
            var properties = declaring
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                .Where(p => p.Name != "EqualityContract")
                .OrderBy(p => p.MetadataToken);
            foreach (var property in properties) yield return property;
        }
    }

    private static string WireName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static bool IsRequired(PropertyInfo property, ParameterInfo[] parameters)
    {
        if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null) return true;
        // A context of its own: NullabilityInfoContext is not thread-safe, and the first requests build shapes at once.
        var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
            || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
        if (parameters.Any(p => NameMatches(property, p))) return !nullable;
        return nullable
            ? false
            : throw new NotSupportedException(
                $"{property.DeclaringType?.Name}.{property.Name}: a wire field is either required or nullable (optional).");
    }

    private static bool NameMatches(PropertyInfo property, ParameterInfo parameter) =>
        string.Equals(property.Name, parameter.Name, StringComparison.Ordinal);
}
