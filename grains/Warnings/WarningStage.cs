namespace QualityMap.Grains.Warnings;

/// <summary>The steps of DB3304/T 056 §4.2, in order; a failed acceptance goes back to <see cref="Rectifying"/>.</summary>
public enum WarningStage
{
    /// <summary>Raised (§4.2.1); the county bureau owes a rectification plan.</summary>
    AwaitingPlan,

    /// <summary>The plan is filed with the city bureau (§4.2.2) and waits for its review.</summary>
    PlanUnderReview,

    /// <summary>The plan is accepted; the county investigates, guides and rectifies (§4.2.2 a–c).</summary>
    Rectifying,

    /// <summary>The county has applied for acceptance (§4.2.3.1); the city bureau samples.</summary>
    AcceptanceRequested,

    /// <summary>The acceptance sampling passed; the city bureau may lift the warning (§4.2.3.2).</summary>
    AcceptancePassed,

    /// <summary>Lifted by the city bureau's document.</summary>
    Lifted,
}
