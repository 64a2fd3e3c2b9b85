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
}
