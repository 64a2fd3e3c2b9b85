using System.Reflection;
using System.Text;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion.Shapes;

/// <summary>
/// The README's table of event kinds, written from the declarations themselves, so the docs cannot drift from what
/// the parser accepts (a test compares the two).
/// </summary>
public static class EventKindTable
{
    public static string Markdown()
    {
        var envelope = RecordShape.Of(typeof(EnterpriseEvent)).Fields.Count;
        var table = new StringBuilder("| kind | fields | effect |\n|---|---|---|\n");
        foreach (var kind in EventKinds.All)
        {
            var type = EventKinds.TypeOf(kind)!;
            var fields = RecordShape.Of(type).Fields.Skip(envelope).ToArray();
            var effect = type.GetCustomAttribute<EffectAttribute>()?.Effect
                ?? throw new InvalidOperationException($"{type.Name} declares no [Effect].");
            table.Append($"| `{kind}` | {(fields.Length == 0 ? "—" : Describe(fields, quoted: true))} | {effect} |\n");
        }
        return table.ToString();
    }

    private static string Describe(IReadOnlyList<FieldShape> fields, bool quoted)
    {
        var text = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            // A pair (brand and niceClass) reads as one item: `brand?`+`niceClass?`.
            var pairedWithPrevious = i > 0 && fields[i - 1].RequiredWith?.Other == fields[i].Property.Name;
            if (i > 0) text.Append(pairedWithPrevious ? "+" : ", ");
            text.Append(Describe(fields[i], quoted));
        }
        return text.ToString();
    }

    private static string Describe(FieldShape field, bool quoted)
    {
        var name = field.Name + (field.Kind == ValueKind.List ? "[]" : "") + (field.Required ? "" : "?");
        var named = quoted ? $"`{name}`" : name;
        var detail = field.Kind switch
        {
            ValueKind.List or ValueKind.Object => Nested(field, quoted),
            ValueKind.Integer or ValueKind.Enum => $" {field.Min}–{field.Max}",
            ValueKind.Date => " (date)",
            ValueKind.Text when field.IsTown => " (9-digit town)",
            ValueKind.Text when field.Rule is not null => $" ({field.Rule.Describes})",
            _ => "",
        };
        return named + detail;
    }

    private static string Nested(FieldShape field, bool quoted)
    {
        var inner = "{" + Describe(field.Nested!.Fields, quoted: false) + "}";
        return " " + (quoted ? $"`{inner}`" : inner);
    }
}
