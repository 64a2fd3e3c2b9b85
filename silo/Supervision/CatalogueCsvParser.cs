using System.Globalization;
using CsvHelper;
using QualityMap.Api.Supervision;
using QualityMap.Grains.Events;
using QualityMap.Grains.Supervision;

namespace QualityMap.Silo.Supervision;

/// <summary>
/// Reads the key-product catalogue CSV: UTF-8, a header row <c>category,code,name,grade</c> (any order), grade 1, 2
/// or 3 (一级 = highest risk). Every bad row is reported with its line; one bad row refuses the whole file.
/// </summary>
public sealed class CatalogueCsvParser : ICatalogueCsvParser
{
    private static readonly string[] Columns = ["category", "code", "name", "grade"];

    private static readonly CsvReaderOptions s_options = new()
    {
        TrimWhitespace = true,
        // A guessed field after a stray quote would go unnoticed in a regulatory catalogue.
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    public CatalogueCsvResult Parse(Stream csv)
    {
        var products = new List<KeyProduct>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = CsvReader.Create(csv, s_options, false);
        try
        {
            reader.ReadHeader();
            var indexes = new int[Columns.Length];
            var missing = new List<string>();
            for (var i = 0; i < Columns.Length; i++)
            {
                if (!reader.TryGetFieldIndex(Columns[i], out indexes[i])) missing.Add(Columns[i]);
            }
            if (missing.Count > 0) return new([], [$"表头缺少列：{string.Join(",", missing)}（第1行应为 category,code,name,grade）"]);
            while (reader.Read())
            {
                var line = reader.LineNumber;
                var fields = Array.ConvertAll(indexes, reader.GetString);
                var (category, code, name, gradeText) = (fields[0], fields[1], fields[2], fields[3]);
                if (category.Length == 0 || code.Length == 0 || name.Length == 0)
                {
                    errors.Add($"第{line}行：类别、代码和名称不能为空");
                    continue;
                }
                if (code.Length > 32) errors.Add($"第{line}行：产品代码“{code}”超过32个字符");
                if (!int.TryParse(gradeText, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 3)
                {
                    errors.Add($"第{line}行：风险等级“{gradeText}”必须为1、2或3");
                    continue;
                }
                if (!seen.Add(code))
                {
                    errors.Add($"第{line}行：产品代码“{code}”重复");
                    continue;
                }
                products.Add(new KeyProduct(category, code, name, (ProductRiskGrade)grade));
            }
        }
        catch (CsvFormatException exception)
        {
            errors.Add($"第{exception.LineNumber}行：无法解析（{exception.Message}）");
        }
        return errors.Count > 0 ? new([], errors) : new(products, []);
    }
}
