namespace QualityMap.Silo.Cluster;

/// <summary>
/// How this process joins the Orleans cluster (section <c>Cluster</c>). The defaults are the README's run command: one
/// silo, localhost membership, no set-up. A cluster is asked for: <c>Membership=database</c> (with
/// <c>Storage:Provider=postgres</c>) makes every silo started against the same database and <see cref="ClusterId"/> one
/// cluster.
/// </summary>
public sealed class ClusterSettings
{
    public const string SectionName = "Cluster";

    public const string LocalhostMembership = "localhost";
    public const string DatabaseMembership = "database";

    /// <summary>Silos with the same id over the same database form one cluster.</summary>
    public string ClusterId { get; set; } = "qualitymap";

    /// <summary>Names the service's durable data (reminders, grain identities); never change it for existing data.</summary>
    public string ServiceId { get; set; } = "qualitymap";

    /// <summary><c>localhost</c> (one silo, the default) or <c>database</c> (ADO.NET membership on PostgreSQL: a cluster).</summary>
    public string Membership { get; set; } = LocalhostMembership;

    /// <summary>
    /// Silo-to-silo port. 0 (the default) takes one the OS has free at start: silos find each other through the
    /// membership table, which holds each one's address and port. Fix it where a firewall must name it.
    /// </summary>
    public int SiloPort { get; set; }

    /// <summary>Orleans client gateway port (no QualityMap client uses it; tools may); 0 takes a free one.</summary>
    public int GatewayPort { get; set; }

    /// <summary>The address other silos reach this one at; empty: loopback (one machine). Set it on every machine of a cluster.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>How long a silo may miss probes before others vote it dead (ClusterMembershipOptions, measured: README).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public int NumMissedProbesLimit { get; set; } = 3;

    public int NumVotesForDeathDeclaration { get; set; } = 1;

    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan IAmAliveTablePublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Idle grains leave memory after this (their state stays stored); regions and desks are kept alive.</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle grains are looked for (Orleans' collection quantum); shorter than the age.</summary>
    public TimeSpan IdleCollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Orleans' dashboard at /admin/orleans/ for city administrators (<see cref="OrleansDashboardEndpoint"/>). Off by
    /// default: it collects all the time, not only while watched (about 10 % more silo CPU under a saturated ingest: README).
    /// </summary>
    public bool OrleansDashboard { get; set; }

    /// <summary>
    /// Reminders due within this window are held in memory and fire on the dot; later ones stay in the table and are
    /// read again every few minutes (Orleans' ReminderOptions). A one-shot due time found past due when read fires at
    /// the next minute (its retry period): Orleans skips missed ticks to the next one.
    /// </summary>
    public TimeSpan ReminderLoadingWindow { get; set; } = TimeSpan.FromMinutes(10);

    public bool UsesDatabaseMembership => Membership == DatabaseMembership;

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId)) yield return "Cluster:ClusterId and Cluster:ServiceId must not be empty.";
        if (Membership is not (LocalhostMembership or DatabaseMembership))
            yield return "Cluster:Membership must be 'localhost' or 'database'.";
        if (SiloPort is < 0 or > 65535 || GatewayPort is < 0 or > 65535) yield return "Cluster:SiloPort and Cluster:GatewayPort must be ports (0: any free one).";
        if (ProbeTimeout <= TimeSpan.Zero || TableRefreshTimeout <= TimeSpan.Zero || IAmAliveTablePublishTimeout <= TimeSpan.Zero || IdleDeactivationAge <= IdleCollectionInterval || IdleCollectionInterval <= TimeSpan.Zero || ReminderLoadingWindow <= TimeSpan.Zero)
            yield return "Cluster timings must be positive, and Cluster:IdleDeactivationAge longer than Cluster:IdleCollectionInterval.";
        if (NumMissedProbesLimit < 1 || NumVotesForDeathDeclaration < 1) yield return "Cluster:NumMissedProbesLimit and Cluster:NumVotesForDeathDeclaration must be at least 1.";
    }
}
