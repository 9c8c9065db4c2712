using Warehouse.Reports.Maps;
using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class QuantileClassesTests
{
    [Fact]
    public void Compute_SplitsIntoFiveEqualCounts()
    {
        var classes = QuantileClasses.Compute(Enumerable.Range(1, 100).Select(i => (double)i));

        Assert.Equal(5, classes.Count);
        Assert.Equal([(1d, 20d), (21d, 40d), (41d, 60d), (61d, 80d), (81d, 100d)], classes.Bounds);
        Assert.Equal(0, classes.ClassOf(20));
        Assert.Equal(0, classes.ClassOf(20.4)); // between two classes: the nearer one
        Assert.Equal(1, classes.ClassOf(20.6));
        Assert.Equal(4, classes.ClassOf(1000));
    }

    [Fact]
    public void Compute_KeepsTiesInOneClass()
    {
        var classes = QuantileClasses.Compute([1, 2, 2, 2, 2, 2, 3, 4, 5, 6]);

        Assert.Equal(classes.ClassOf(2), classes.Bounds.Select((b, i) => (b, i)).Single(x => x.b.Min <= 2 && 2 <= x.b.Max).i);
        Assert.All(classes.Bounds, b => Assert.True(b.Min <= b.Max));
        Assert.Equal(1, classes.Bounds[0].Min);
        Assert.Equal(6, classes.Bounds[^1].Max);
    }

    [Fact]
    public void Compute_MakesFewerClasses_WhenFewValues()
    {
        Assert.Equal(2, QuantileClasses.Compute([77.4, 84.1]).Count);
        Assert.Equal(0, QuantileClasses.Compute([]).Count);
        Assert.Equal(1, QuantileClasses.Compute([5, 5, 5, double.NaN]).Count);
    }

    [Fact]
    public void Label_WritesBoundsInFrench()
    {
        var classes = QuantileClasses.Compute([62.1, 70.4, 71, 75, 80, 85, 88, 90, 90.25, 1234.5]);

        Assert.Equal("de 62,1 à 70,4", classes.Label(0, v => FrenchFormat.Number(v, 1)));
        Assert.Equal("de 90,3 à 1\u202F234,5", classes.Label(classes.Count - 1, v => FrenchFormat.Number(v, 1)));
    }
}
