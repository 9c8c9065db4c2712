using Warehouse.Reports.Briefings;
using Warehouse.Reports.Data;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>The sentences say "proche" and "stable" by the stated ±1 % rule, and sign every change.</summary>
[Trait("Category", "unit")]
public sealed class BriefingSentencesTests
{
    private const int Gp = 2;
    private const int Here = 84;
    private const int France = 1;

    [Fact]
    public void ADensityWithinOnePercentOfFrance_IsCalledClose_WithTheSignedGapAndTheRule()
    {
        var sentences = Sentences((2024, Here, 1000, 82.0), (2024, France, 52_000, 82.1), (2019, Here, 990, 81.0));

        Assert.Equal("La densité de médecins généralistes (82,0 pour 100 000 habitants) est proche de la moyenne nationale (82,1) : l'écart, −0,1 %, est inférieur à 1 %.",
            sentences[0].Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.DoesNotContain(sentences, s => s.Contains("égale", StringComparison.Ordinal));
    }

    [Fact]
    public void AChange_IsSignedAndNamesItsBaseYear_AndStableFollowsTheRule()
    {
        var rising = Sentences((2024, Here, 1160, 90.0), (2024, France, 52_000, 82.1), (2019, Here, 1000, 80.0));
        var stable = Sentences((2024, Here, 1004, 90.0), (2024, France, 52_000, 82.1), (2019, Here, 1000, 80.0));

        Assert.Contains("Le nombre de médecins généralistes libéraux est en hausse depuis 2019 : +16 %.", rising.Select(Plain));
        Assert.Contains("Le nombre de médecins généralistes libéraux est stable depuis 2019 (+0,4 %, moins de 1 % d'écart).", stable.Select(Plain));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static IReadOnlyList<string> Sentences(params (int Year, int Territory, double Headcount, double Density)[] rows) =>
        BriefingSentences.For(
            new HeadcountCalculations([.. rows.Select(r => new HeadcountDensityRow(r.Year, Gp, r.Territory, new Measure(r.Headcount, null), new Measure(r.Density, null)))], []),
            Here, 2024, 2019);
}
