namespace QualityMap.Grains.Identity;

/// <summary>What a principal is for; with its region, what it may see and do.</summary>
public enum Role
{
    /// <summary>设区市局: the whole city; reviews, accepts and lifts warnings; administrators manage keys.</summary>
    CityBureau,

    /// <summary>县级局: one county only; answers its county's warnings.</summary>
    CountyBureau,

    /// <summary>A machine that posts events and nothing else.</summary>
    IngestClient,

    /// <summary>The command-centre wall: reads the map of its region, changes nothing.</summary>
    WallViewer,

    /// <summary>
    /// 经营者: a business bound to its unified social credit code that records its own flow of traced products —
    /// receiving (进货) and selling or shipping (销售) — as the SAMR 2024 opinion asks of sellers; a producer shipping
    /// its batches holds one too. Its region is the town of its premises.
    /// </summary>
    Seller,
}
