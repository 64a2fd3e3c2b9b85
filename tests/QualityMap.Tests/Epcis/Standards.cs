using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Epcis;

/// <summary>The GS1 EPCIS 2.0 artefacts in ../shared/standards/epcis, read in place, never copied.</summary>
public static class Standards
{
    public static string Path(string file) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared", "standards", "epcis", file));
}
