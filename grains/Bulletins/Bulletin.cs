namespace QualityMap.Grains.Bulletins;

/// <summary>
/// The 警情通报 as a document (zh-CN text throughout): what the JSON answer, the print page and the PDF all render,
/// built once by <see cref="BulletinComposer.Compose"/>.
/// </summary>
/// <param name="Share">"监测企业 N 家中 M 家高风险".</param>
/// <param name="Opening">The paragraph that says what happened and under which clause.</param>
/// <param name="Measures">§4.2.2 a) b) c) in the regulation's words.</param>
public sealed record Bulletin(
    string WarningId,
    string DocumentNo,
    string Issuer,
    string Title,
    string Addressee,
    string CountyCode,
    string CountyName,
    string Level,
    string Share,
    string Reason,
    string Opening,
    IReadOnlyList<BulletinEnterprise> Enterprises,
    string MeasuresIntro,
    IReadOnlyList<string> Measures,
    DateOnly Deadline,
    string DeadlineText,
    DateOnly IssuedOn,
    string IssuedOnText,
    string CopyTo,
    string IssuedBy,
    DateTimeOffset IssuedAt);
