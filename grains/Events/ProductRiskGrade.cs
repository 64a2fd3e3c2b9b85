namespace QualityMap.Grains.Events;

/// <summary>Risk grade of a key product (一级 is the highest risk); wire values 1, 2, 3.</summary>
public enum ProductRiskGrade
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
}
