using QualityMap.Grains.Supervision;

namespace QualityMap.Api.Supervision;

/// <summary>Reads a key-product catalogue CSV (<c>category,code,name,grade</c>); implemented by the silo with CsvHelper.</summary>
public interface ICatalogueCsvParser
{
    CatalogueCsvResult Parse(Stream csv);
}
