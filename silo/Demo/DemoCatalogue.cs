using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// The built-in word lists of the demo: sectors with their key products (short codes; plausible grades, not the
/// official catalogue's: products that can burn, explode or injure are grade 1), brand words for company names,
/// the industrial clusters of Jiaxing, and the texts of penalties, refusals and accidents.
/// </summary>
public static class DemoCatalogue
{
    private static readonly ProductLine Cable = new("DXDL", "电线电缆", ProductRiskGrade.Level1);
    private static readonly ProductLine WiringAccessory = new("DQFJ", "电器附件", ProductRiskGrade.Level2);
    private static readonly ProductLine GasCooker = new("RQZJ", "燃气灶具", ProductRiskGrade.Level1);
    private static readonly ProductLine FoodContact = new("SPXG", "食品相关产品", ProductRiskGrade.Level2);
    private static readonly ProductLine EBike = new("DDZXC", "电动自行车", ProductRiskGrade.Level1);
    private static readonly ProductLine RiderHelmet = new("DDTK", "电动自行车乘员头盔", ProductRiskGrade.Level1);
    private static readonly ProductLine HazardousChemical = new("WXHXP", "危险化学品", ProductRiskGrade.Level1);
    private static readonly ProductLine Fertiliser = new("HF", "化肥", ProductRiskGrade.Level2);
    private static readonly ProductLine Paint = new("TL", "涂料", ProductRiskGrade.Level2);
    private static readonly ProductLine WoodPanel = new("RZB", "人造板", ProductRiskGrade.Level2);
    private static readonly ProductLine Furniture = new("JJ", "家具", ProductRiskGrade.Level3);
    private static readonly ProductLine PlasticWare = new("RYSL", "日用塑料制品", ProductRiskGrade.Level3);
    private static readonly ProductLine Toy = new("ETWJ", "儿童玩具", ProductRiskGrade.Level2);
    private static readonly ProductLine Pram = new("TC", "童车", ProductRiskGrade.Level2);
    private static readonly ProductLine Clothing = new("FZ", "服装", ProductRiskGrade.Level3);
    private static readonly ProductLine HomeTextile = new("JF", "家用纺织品", ProductRiskGrade.Level3);
    private static readonly ProductLine ChildrensWear = new("TZ", "婴幼儿及儿童服装", ProductRiskGrade.Level2);
    private static readonly ProductLine Luggage = new("XB", "箱包", ProductRiskGrade.Level3);
    private static readonly ProductLine Fastener = new("JGJ", "紧固件", ProductRiskGrade.Level3);
    private static readonly ProductLine HandTool = new("SDGJ", "手动工具", ProductRiskGrade.Level3);
    private static readonly ProductLine SafetyHelmet = new("AQM", "安全帽", ProductRiskGrade.Level1);
    private static readonly ProductLine WorkGlove = new("LBST", "劳保手套", ProductRiskGrade.Level3);

    public static DemoSector Electrical { get; } = new(1, "线缆电器", 11, ["电缆", "线缆", "电器", "电工", "电气"], [Cable, WiringAccessory]);

    public static DemoSector Kitchen { get; } = new(2, "厨具", 6, ["厨具", "燃气具", "厨房电器"], [GasCooker, FoodContact]);

    public static DemoSector Vehicles { get; } = new(3, "车辆", 6, ["车业", "电动车", "车辆"], [EBike, RiderHelmet]);

    public static DemoSector Chemicals { get; } = new(4, "化工", 8, ["化工", "化学", "新材料", "精细化工"], [HazardousChemical, Fertiliser, Paint]);

    public static DemoSector Wood { get; } = new(5, "木业", 8, ["木业", "家居", "板业"], [WoodPanel, Furniture]);

    public static DemoSector Packaging { get; } = new(6, "包装", 8, ["塑业", "包装", "塑胶"], [FoodContact, PlasticWare]);

    public static DemoSector Toys { get; } = new(7, "玩具", 6, ["玩具", "童车", "儿童用品"], [Toy, Pram]);

    public static DemoSector Textiles { get; } = new(8, "纺织服装", 22, ["服饰", "制衣", "针织", "纺织", "毛衫"], [Clothing, HomeTextile, ChildrensWear]);

    public static DemoSector Leather { get; } = new(9, "箱包皮具", 10, ["箱包", "皮具", "皮革"], [Luggage, Clothing]);

    public static DemoSector Hardware { get; } = new(10, "五金", 11, ["五金", "标准件", "紧固件", "机械"], [Fastener, HandTool]);

    public static DemoSector Protective { get; } = new(11, "劳保", 4, ["安全防护", "劳保用品", "防护用品"], [SafetyHelmet, WorkGlove]);

    public static IReadOnlyList<DemoSector> Sectors { get; } =
        [Electrical, Kitchen, Vehicles, Chemicals, Wood, Packaging, Toys, Textiles, Leather, Hardware, Protective];

    /// <summary>
    /// Jiaxing towns known for one industry (濮院 and 洪合 knitwear, 许村 home textiles, 平湖 luggage, 海盐
    /// fasteners, 乍浦 chemicals, 嘉善 wood panels …): more enterprises are placed there, mostly of that sector, so
    /// the demo map is lopsided the way the real one is. Other trees simply get no clusters.
    /// </summary>
    public static IReadOnlyDictionary<string, DemoSector> IndustrialTowns { get; } = new Dictionary<string, DemoSector>
    {
        ["王江泾镇"] = Textiles,
        ["洪合镇"] = Textiles,
        ["濮院镇"] = Textiles,
        ["许村镇"] = Textiles,
        ["长安镇"] = Textiles,
        ["硖石街道"] = Leather,
        ["崇福镇"] = Leather,
        ["当湖街道"] = Leather,
        ["钟埭街道"] = Leather,
        ["洲泉镇"] = Chemicals,
        ["乍浦镇"] = Chemicals,
        ["独山港镇"] = Chemicals,
        ["西塘桥街道"] = Hardware,
        ["武原街道"] = Hardware,
        ["天凝镇"] = Wood,
        ["干窑镇"] = Wood,
        ["姚庄镇"] = Electrical,
    };

    /// <summary>Two-character brand words of company names (字号).</summary>
    public static IReadOnlyList<string> Brands { get; } =
    [
        "恒达", "永兴", "华泰", "鑫源", "金诚", "宏发", "振华", "天成", "博远", "嘉诚", "新力", "瑞丰", "盛达", "联创",
        "富康", "安平", "万隆", "德胜", "明辉", "长盛", "兴旺", "精密", "精工", "东方", "立信", "同创", "中和", "四海",
        "锦程", "信达", "凯越", "海纳", "优品", "三力", "和润", "腾飞", "智远", "佳和", "荣昌", "隆盛", "星火", "汇通",
        "宏远", "华锦", "新星", "金海", "北辰", "南洋", "昌达", "远航",
    ];

    /// <summary>Product quality violations of administrative penalty decisions (产品质量法).</summary>
    public static IReadOnlyList<string> Violations { get; } =
    [
        "生产不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品",
        "在产品中掺杂、掺假，以次充好",
        "以不合格产品冒充合格产品",
        "生产国家明令淘汰的产品",
        "伪造或者冒用认证标志等质量标志",
        "产品标识不符合规定",
    ];

    /// <summary>Notes of refused or obstructed samplings.</summary>
    public static IReadOnlyList<string> RefusalNotes { get; } =
    [
        "以负责人不在为由拒绝抽样",
        "拒绝抽样人员进入生产现场",
        "拒不提供样品及检验所需资料",
    ];

    /// <summary>Consequences of quality safety accidents, appended to the product name.</summary>
    public static IReadOnlyList<string> AccidentConsequences { get; } =
    [
        "致一人受伤",
        "造成财产损失",
        "引发火灾，无人员伤亡",
        "致多名消费者投诉受伤",
    ];
}
