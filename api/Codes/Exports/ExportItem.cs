namespace QualityMap.Api.Codes.Exports;

/// <summary>One enterprise to put into an export, with the town whose folder it goes into.</summary>
public sealed record ExportItem(string Uscc, string TownCode, string TownName);
