using System.Globalization;
using System.Text;
using CsvHelper;

namespace QualityMap.Api.Trace;

/// <summary>
/// A batch's holders as a CSV for the bureau's spreadsheet (UTF-8 with a byte-order mark, so Excel reads the Chinese
/// headers): one row per holder. Cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public static class BatchHoldersCsv
{
    private static readonly string[] s_headers =
        ["统一社会信用代码", "名称", "类型", "县（市、区）", "乡镇（街道）", "地址", "进货（生产）数量", "发货数量", "零售数量", "现有数量", "最后记录时间", "进货来源"];

    public static byte[] Write(IEnumerable<BatchHolder> holders)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(text, options))
        {
            csv.WriteRecord(s_headers);
            foreach (var holder in holders)
            {
                var party = holder.Party;
                csv.WriteField(party.Uscc);
                csv.WriteField(party.Name);
                csv.WriteField(party.Kind switch { TraceParty.Producer => "生产者", TraceParty.Seller => "销售者", _ => "未登记" });
                csv.WriteField(party.CountyName ?? "");
                csv.WriteField(party.TownName ?? "");
                csv.WriteField(party.Address ?? "");
                csv.WriteField(holder.Received.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(holder.Shipped.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(holder.Sold.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(holder.OnHand.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(holder.LastRecordedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(string.Join(" ", holder.ReceivedFrom));
                csv.EndRecord();
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
