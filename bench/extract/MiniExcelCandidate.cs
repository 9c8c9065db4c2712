using MiniExcelLibs;

namespace Warehouse.Bench.Extract;

/// <summary>The baseline: MiniExcel's plain SaveAs of typed rows (its default: shared-string free, autofilter on).</summary>
internal static class MiniExcelCandidate
{
    public static Task WriteAsync(Stream output, int rows) =>
        output.SaveAsAsync(BenchRows.Generate(rows).Select(r => new MiniRow
        {
            Annee = r.Year,
            CodeTerritoire = r.TerritoryCode,
            Territoire = r.Territory,
            Profession = r.Profession,
            ClasseAge = r.AgeBand,
            Effectif = r.Headcount,
            StatutEffectif = r.HeadcountStatus,
            Densite = r.Density,
            HonorairesTotaux = r.FeesTotal,
            HonorairesMoyens = r.FeesMean,
        }), sheetName: "Données");

    internal sealed class MiniRow
    {
        public int Annee { get; init; }

        public string? CodeTerritoire { get; init; }

        public string? Territoire { get; init; }

        public string? Profession { get; init; }

        public string? ClasseAge { get; init; }

        public int? Effectif { get; init; }

        public string? StatutEffectif { get; init; }

        public double? Densite { get; init; }

        public long? HonorairesTotaux { get; init; }

        public double? HonorairesMoyens { get; init; }
    }
}
