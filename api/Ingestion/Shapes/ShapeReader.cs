using System.Collections;
using System.Text.Json;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion.Shapes;

/// <summary>
/// Reads a JSON object into the record a <see cref="RecordShape"/> declares, collecting every error on the way.
/// What a field accepts follows from its property type and attributes, so a new kind needs no reader of its own.
/// </summary>
internal static class ShapeReader
{
    /// <summary>
    /// The record, or null when the object had an error (all of them are in <paramref name="reader"/>'s list). An
    /// abstract shape is only checked: it is how the shared fields of an event of unknown kind are still reported.
    /// </summary>
    public static object? Read(FieldReader reader, RecordShape shape)
    {
        var errorsBefore = reader.ErrorCount;
        var values = new object?[shape.Fields.Count];
        for (var i = 0; i < values.Length; i++) values[i] = ReadField(reader, shape.Fields[i]);
        CheckCompanions(reader, shape);
        if (reader.ErrorCount > errorsBefore || shape.Type.IsAbstract) return null;
        var record = shape.Create(values);
        if (record is IChecked { } checkedRecord && checkedRecord.Check() is { } problem)
        {
            var field = shape.Fields[shape.IndexOf(problem.Property)].Name;
            reader.AddError(field, problem.Check.Rule, $"Field '{reader.Path(field)}' {problem.Check.Reason}.");
            return null;
        }
        return record;
    }

    private static object? ReadField(FieldReader reader, FieldShape field)
    {
        if (!field.Required && !reader.Has(field.Name)) return null;
        var name = field.Name;
        return field.Kind switch
        {
            ValueKind.Text => ReadText(reader, field),
            ValueKind.Boolean => reader.RequireBool(name),
            ValueKind.Integer => reader.RequireInteger(name, field.Min, field.Max),
            ValueKind.Enum => reader.RequireInteger(name, field.Min, field.Max) is { } number
                ? Enum.ToObject(field.ValueType, number)
                : null,
            ValueKind.Time => reader.RequireTime(name),
            ValueKind.Date => reader.RequireDate(name),
            ValueKind.List => ReadList(reader, field),
            ValueKind.Object => reader.RequireObject(name) is { } element
                ? ReadNested(reader.ForObject(element, $"{name}."), field.Nested!)
                : null,
            _ => throw new InvalidOperationException($"Unknown value kind {field.Kind}."),
        };
    }

    private static string? ReadText(FieldReader reader, FieldShape field)
    {
        if (field.IsTown) return reader.RequireTown(field.Name);
        if (field.Rule is null)
        {
            var maxLength = field.MaxLength ?? reader.MaxTextLength;
            // Blank counts as absent for an optional text (a serializer's empty note), but not for one half of a
            // pair: a blank brand beside a Nice class is a mistake, not an omission.
            return field.Required || field.RequiredWith is not null
                ? reader.RequireString(field.Name, maxLength)
                : reader.OptionalString(field.Name, maxLength);
        }

        var value = reader.RequireRawString(field.Name);
        if (value is null || (!field.Required && value.Length == 0)) return null;
        var broken = field.Rule.Check(value);
        if (broken is null) return value;
        reader.AddError(field.Name, broken.Rule, $"Field '{reader.Path(field.Name)}' {broken.Reason}.");
        return null;
    }

    private static object? ReadList(FieldReader reader, FieldShape field)
    {
        var name = field.Name;
        if (reader.RequireArray(name) is not { } array) return null;
        var count = array.GetArrayLength();
        var itemShape = field.Nested!;
        if (count < field.Min)
        {
            reader.AddError(name, FieldRules.Empty, field.Min == 1
                ? $"Field '{reader.Path(name)}' must list at least one item ({itemShape.Noun})."
                : $"Field '{reader.Path(name)}' must list at least {field.Min} items, got {count}.");
            return null;
        }

        if (count > field.Max)
        {
            reader.AddError(name, FieldRules.MaxItems, $"Field '{reader.Path(name)}' must list at most {field.Max} items, got {count}.");
            return null;
        }

        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(field.ValueType), count)!;
        var firstIndexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"{name}[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                reader.AddError(path, FieldRules.Type, $"Field '{reader.Path(path)}' must be a JSON object with {FieldList(itemShape)}.");
            }
            else
            {
                var itemReader = reader.ForObject(element, $"{path}.");
                var item = ReadNested(itemReader, itemShape);
                if (item is not null && IsUnique(itemReader, field, itemShape, item, index, firstIndexByKey)) items.Add(item);
            }

            index++;
        }

        return items.Count == count ? items : null;
    }

    private static object? ReadNested(FieldReader reader, RecordShape shape)
    {
        var record = Read(reader, shape);
        reader.RejectUnknownFields(shape.Noun);
        return record;
    }

    // Two items with one key would make the list ambiguous (two grades for one product code).
    private static bool IsUnique(
        FieldReader itemReader, FieldShape list, RecordShape itemShape, object item, int index, Dictionary<string, int> firstIndexByKey)
    {
        if (list.UniqueBy is null) return true;
        var keyField = itemShape.Fields[itemShape.IndexOf(list.UniqueBy)];
        var key = (string)keyField.Property.GetValue(item)!;
        if (firstIndexByKey.TryAdd(key, index)) return true;
        itemReader.AddError(keyField.Name, FieldRules.Duplicate,
            $"Field '{itemReader.Path(keyField.Name)}' repeats {keyField.Name} '{key}' already listed at {list.Name}[{firstIndexByKey[key]}].");
        return false;
    }

    // A field that names a companion must not come alone: the error is on the missing one.
    private static void CheckCompanions(FieldReader reader, RecordShape shape)
    {
        foreach (var field in shape.Fields)
        {
            if (field.RequiredWith is not { } with || !reader.Has(field.Name)) continue;
            var other = shape.Fields[shape.IndexOf(with.Other)];
            if (reader.Has(other.Name)) continue;
            reader.AddError(other.Name, FieldRules.RequiredWith,
                $"Field '{reader.Path(other.Name)}' is required when '{reader.Path(field.Name)}' is given: {with.Why}.");
        }
    }

    private static string FieldList(RecordShape shape)
    {
        var names = shape.Fields.Select(f => f.Name).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
