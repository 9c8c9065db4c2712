using System.Globalization;
using System.Text;
using Warehouse.Reports.Rendering;
using static Warehouse.Reports.Rendering.SvgText;

namespace Warehouse.Reports.Explorer;

/// <summary>The ranking as horizontal bars, highest first, with the France (and région) values as vertical reference lines.</summary>
public static class SvgBarChart
{
    private const double Width = 640;
    private const double LabelWidth = 190;
    private const double ValueWidth = 70;
    private const double Row = 15;
    private const double Top = 34;

    public static string Render(TerritoryRanking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var decimals = ranking.Indicator.Decimals;
        var rows = ranking.Territories.OrderBy(t => t.Rank ?? int.MaxValue).ToList();
        var references = new List<(string Label, double Value, string Dash)>();
        if (ranking.France.Value is { } france)
        {
            references.Add(("France", france, "4 3"));
        }
        if (ranking.RegionValue.Value is { } region && ranking.Region is { } r)
        {
            references.Add((r.Label, region, "1.5 2"));
        }
        var max = rows.Select(t => t.Value.Value ?? 0).Concat(references.Select(x => x.Value)).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        var plot = Width - LabelWidth - ValueWidth;
        double X(double v) => LabelWidth + v / max * plot;
        var height = Top + rows.Count * Row + 24;
        var svg = new StringBuilder(64_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" class=\"classement\" role=\"img\" aria-labelledby=\"classement-titre\" font-family=\"{FontFamily}\" font-size=\"10\">");
        svg.Append("<title id=\"classement-titre\">Classement : ").Append(Escape(ranking.Title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\" font-weight=\"bold\">{Escape($"{ranking.Indicator.Label} ({ranking.Unit})")}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var t = rows[i];
            var y = Top + i * Row;
            var cell = ExplorerCell.Of(t.Value, decimals);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"barre\" data-code=\"{Escape(t.Code)}\"><title>{Escape(ExplorerRankingTable.Tooltip(ranking, t))}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LabelWidth - 6)}\" y=\"{N(y + 10.5)}\" text-anchor=\"end\">{Escape(Shorten(t.Label, 30))}</text>");
            if (t.Value.Value is { } v)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(LabelWidth)}\" y=\"{N(y + 2)}\" width=\"{N(Math.Max(0.5, X(v) - LabelWidth))}\" height=\"{N(Row - 4)}\" fill=\"{Hex(Typography.Accent)}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(v) + 4)}\" y=\"{N(y + 10.5)}\">{Escape(cell.Display)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LabelWidth + 4)}\" y=\"{N(y + 10.5)}\" fill=\"{Hex(Typography.Muted)}\">{Escape(cell.Display)}</text>");
            }
            svg.Append("</g>");
        }
        var bottom = Top + rows.Count * Row;
        var legendX = 0d;
        foreach (var (label, value, dash) in references)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"reference\" x1=\"{N(X(value))}\" x2=\"{N(X(value))}\" y1=\"{N(Top - 6)}\" y2=\"{N(bottom)}\" stroke=\"{Hex(Typography.Ink)}\" stroke-width=\"1.2\" stroke-dasharray=\"{dash}\"><title>{Escape($"{label} : {FrenchFormat.Number(value, decimals)} {ranking.Unit}")}</title></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(legendX)}\" x2=\"{N(legendX + 22)}\" y1=\"25\" y2=\"25\" stroke=\"{Hex(Typography.Ink)}\" stroke-width=\"1.2\" stroke-dasharray=\"{dash}\"/><text x=\"{N(legendX + 26)}\" y=\"28\">{Escape($"{label} : {FrenchFormat.Number(value, decimals)}")}</text>");
            legendX += 200;
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{N(height - 6)}\" font-size=\"8\" fill=\"{Hex(Typography.Muted)}\">Rang 1 = valeur la plus élevée ; s : secret statistique ; – : non concerné ; nd : non disponible</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
