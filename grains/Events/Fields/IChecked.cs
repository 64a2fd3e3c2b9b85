namespace QualityMap.Grains.Events.Fields;

/// <summary>A record with a rule across its fields (a range's first and last), checked once every field is valid.</summary>
public interface IChecked
{
    /// <summary>Null when the record holds; otherwise the field to blame and why.</summary>
    FieldProblem? Check();
}
