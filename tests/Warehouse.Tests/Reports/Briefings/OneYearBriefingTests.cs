using Warehouse.Reports.Briefings;
using Warehouse.Reports.Briefings.Documents;
using Warehouse.Reports.Rendering;
using Warehouse.Tests.Reports.Rendering;

namespace Warehouse.Tests.Reports.Briefings;

/// <summary>Reports never invent a trend: with one year loaded, or a dataset absent, the PDF read back says so instead of drawing it.</summary>
[Trait("Category", "database")]
public sealed class OneYearBriefingTests(TrimmedWarehouses warehouses) : IClassFixture<TrimmedWarehouses>
{
    private static readonly string[] Arrows = ["\u2191", "\u2197", "\u2192", "\u2198", "\u2193"];

    [Fact]
    public async Task TerritoryBriefing_WithOneYear_PrintsNoChangeAndNoArrow_ButSaysWhy()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.OneYear, "2A", null);
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes());
        var beforeMethod = PdfText.Flatten(string.Join(" ", pdf.Pages.TakeWhile(p => !p.Contains("Méthode et sources", StringComparison.Ordinal))));

        Assert.Equal([2024], model.Years);
        Assert.Null(model.ChangeBaseYear);
        Assert.All(model.Kpis.Take(4), k => Assert.True(k.Change.LacksBaseYear));
        Assert.All(Arrows, arrow => Assert.DoesNotContain(arrow, beforeMethod, StringComparison.Ordinal));
        Assert.DoesNotContain("en 5 ans", beforeMethod, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[+−]?0 % (depuis|en)", beforeMethod);
        Assert.Equal(4, Count(PdfText.Flatten(pdf.Pages[0]), "densité : évolution nd"));
        Assert.Contains("nd évolution non calculée : aucune année de 2019 à 2023 n'est chargée.", PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.Contains("Aucune année de 2019 à 2023 n'est chargée : l'évolution des effectifs n'est pas calculée.", beforeMethod, StringComparison.Ordinal);
        var gp = model.Professions.Single(p => p.ProfessionKey == 2);
        Assert.Contains(PdfText.Flatten($"Médecins généralistes {FrenchFormat.Whole(gp.Headcount.Value!.Value)} nd nd {FrenchFormat.OneDecimal(gp.Density.Value!.Value)}"), beforeMethod, StringComparison.Ordinal);
        Assert.Contains("nd non disponible", beforeMethod, StringComparison.Ordinal);
        Assert.Contains("Effectifs depuis 2024 (indice 2024 = 100) : une seule année est chargée (2024) ; il en faut deux pour tracer une évolution.", beforeMethod, StringComparison.Ordinal);
        Assert.DoesNotContain("indice 2024 = 100 Médecins", beforeMethod, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TerritoryBriefing_WithAbsentDatasets_SaysSoForEachChartAndTable_InsteadOfEmptyAxes()
    {
        var model = await TerritoryBriefingBuilder.BuildAsync(warehouses.HeadcountsOnly, "2A", null);
        var pdf = PdfText.Read(TerritoryBriefingDocument.Compose(model).RenderToBytes());
        var text = PdfText.Flatten(string.Join(" ", pdf.Pages));

        Assert.Contains("Âge des médecins libéraux en 2024 (part de chaque tranche, %) : aucune valeur de l'âge des médecins n'est chargée pour 2024.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("% des médecins", text.Replace("(part de chaque tranche, %)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Médecins libéraux par secteur conventionnel (effectifs) : aucune valeur de secteur conventionnel n'est chargée pour 2024.", text, StringComparison.Ordinal);
        Assert.Contains("Honoraires 2024 : aucune valeur de honoraires n'est chargée pour 2024.", text, StringComparison.Ordinal);
        Assert.Contains("par poste (€ par praticien) : aucune valeur de prescriptions n'est chargée pour 2024.", text, StringComparison.Ordinal);
        Assert.Contains("Patientèle des médecins généralistes, 2024 : aucune valeur de patientèle n'est chargée pour 2024.", text, StringComparison.Ordinal);
        // Second row of tiles, values left to right: dentists' density, share 60+ (no age detail), secteur 2 (no sector dataset).
        Assert.Contains(PdfText.Flatten($"{FrenchFormat.OneDecimal(model.Kpis[3].Value.Value!.Value)} nd nd"), PdfText.Flatten(pdf.Pages[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfessionBriefing_WithOneYear_PrintsNoChangeAndDrawsNoOneYearLine()
    {
        var model = await ProfessionBriefingBuilder.BuildAsync(warehouses.OneYear, "Infirmiers", null);
        var pdf = PdfText.Read(ProfessionBriefingDocument.Compose(model).RenderToBytes());
        var beforeMethod = PdfText.Flatten(string.Join(" ", pdf.Pages.TakeWhile(p => !p.Contains("Méthode et sources", StringComparison.Ordinal))));

        Assert.All(Arrows, arrow => Assert.DoesNotContain(arrow, beforeMethod, StringComparison.Ordinal));
        Assert.Contains(PdfText.Flatten($"Évolution de l'effectif {FrenchFormat.Whole(model.Kpis[0].Value.Value!.Value)} {FrenchFormat.OneDecimal(model.Kpis[1].Value.Value!.Value)} nd"), beforeMethod, StringComparison.Ordinal);
        Assert.Contains("effectif : évolution nd", beforeMethod, StringComparison.Ordinal);
        Assert.Contains("Effectif national et effectifs par région depuis 2024 : une seule année est chargée (2024)", beforeMethod, StringComparison.Ordinal);
        Assert.Contains("Honoraires moyens par praticien (€) : une seule année est chargée (2024)", beforeMethod, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[+−]?0 % (depuis|en)", beforeMethod);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
