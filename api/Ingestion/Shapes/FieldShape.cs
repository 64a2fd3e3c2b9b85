using System.ComponentModel.DataAnnotations;
using System.Reflection;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion.Shapes;

/// <summary>One wire field of a declared record: its JSON name, whether it is required, and the rules it carries.</summary>
internal sealed class FieldShape
{
    private FieldShape(PropertyInfo property, string name, bool required, ValueKind kind, Type valueType)
    {
        Property = property;
        Name = name;
        Required = required;
        Kind = kind;
        ValueType = valueType;
        Rule = property.GetCustomAttribute<TextRuleAttribute>();
        IsTown = property.GetCustomAttribute<TownCodeAttribute>() is not null;
        MaxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
        RequiredWith = property.GetCustomAttribute<RequiredWithAttribute>();
        UniqueBy = property.GetCustomAttribute<UniqueByAttribute>()?.Key;
        (Min, Max) = Bounds(property, kind, valueType);
    }

    public PropertyInfo Property { get; }

    /// <summary>The camelCase JSON name.</summary>
    public string Name { get; }

    public bool Required { get; }

    public ValueKind Kind { get; }

    /// <summary>The property type without <see cref="Nullable{T}"/>; for a list, the item type.</summary>
    public Type ValueType { get; }

    public TextRuleAttribute? Rule { get; }

    public bool IsTown { get; }

    public int? MaxLength { get; }

    /// <summary>For an integer or an enum the value's bounds; for a list how many items it may hold.</summary>
    public int Min { get; }

    public int Max { get; }

    public RequiredWithAttribute? RequiredWith { get; }

    /// <summary>For a list: the property name of the item field the items must differ in.</summary>
    public string? UniqueBy { get; }

    /// <summary>For a list or an object: the shape of the items, or of the object.</summary>
    public RecordShape? Nested => Kind is ValueKind.List or ValueKind.Object ? RecordShape.Of(ValueType) : null;

    public static FieldShape Of(PropertyInfo property, string name, bool required)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var (kind, valueType) = type switch
        {
            _ when type == typeof(string) => (ValueKind.Text, type),
            _ when type == typeof(bool) => (ValueKind.Boolean, type),
            _ when type == typeof(int) => (ValueKind.Integer, type),
            _ when type == typeof(DateTimeOffset) => (ValueKind.Time, type),
            _ when type == typeof(DateOnly) => (ValueKind.Date, type),
            { IsEnum: true } => (ValueKind.Enum, type),
            { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) =>
                (ValueKind.List, type.GetGenericArguments()[0]),
            { IsClass: true } => (ValueKind.Object, type),
            _ => throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: no wire reading for {type}."),
        };
        return new FieldShape(property, name, required, kind, valueType);
    }

    private static (int Min, int Max) Bounds(PropertyInfo property, ValueKind kind, Type valueType)
    {
        switch (kind)
        {
            case ValueKind.Integer:
                var range = property.GetCustomAttribute<RangeAttribute>()
                    ?? throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: an integer field declares its [Range].");
                return ((int)range.Minimum, (int)range.Maximum);
            case ValueKind.Enum:
                var values = Enum.GetValues(valueType).Cast<object>().Select(Convert.ToInt32).ToArray();
                return (values.Min(), values.Max());
            case ValueKind.List:
                var length = property.GetCustomAttribute<LengthAttribute>()
                    ?? throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: a list field declares its [Length].");
                return (length.MinimumLength, length.MaximumLength);
            default:
                return (0, 0);
        }
    }
}
