using QualityMap.Api.Ingestion.Shapes;
using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Ingestion;

public sealed class EventKindTableTests
{
    private const string Begin = "<!-- event-kinds: written by EventKindTable.Markdown(), checked by EventKindTableTests -->";
    private const string End = "<!-- /event-kinds -->";

    [Fact]
    public void TheReadmesTableOfKindsIsTheOneTheDeclarationsWrite()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no block between '{Begin}' and '{End}'.");

        var documented = readme[(start + Begin.Length)..end].Trim('\n') + "\n";
        var declared = EventKindTable.Markdown();

        // After a change to the kinds: QUALITYMAP_WRITE_README=1 dotnet test --filter EventKindTableTests writes it.
        if (documented != declared && Environment.GetEnvironmentVariable("QUALITYMAP_WRITE_README") == "1")
        {
            var path = Path.Combine(Repository.Root, "README.md");
            File.WriteAllText(path, readme[..(start + Begin.Length)] + "\n" + declared + readme[end..]);
            documented = declared;
        }

        Assert.Equal(declared, documented);
    }

    [Fact]
    public void TheTableDescribesEachFieldByItsDeclaration()
    {
        var table = EventKindTable.Markdown();

        Assert.Contains("| `sampling_result` | `batchNo`, `productCode`, `passed`, `brand?`+`niceClass?` 1–45 |", table);
        Assert.Contains("`townCode` (9-digit town), `products[]` `{code, name, grade 1–3}`, `licenceNo?`, `address?`", table);
    }
}
