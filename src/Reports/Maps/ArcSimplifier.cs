using SkiaSharp;

namespace Warehouse.Reports.Maps;

/// <summary>
/// Douglas–Peucker on one arc, in page points, so the tolerance is what the eye can see (~0.3 pt). Arcs are
/// shared by neighbours, so both sides of a border get the same simplified line. Points are then snapped to
/// 1/8 pt: the PDF writes "157.125" instead of "157.222656" (a map is ~2.5× smaller and faster to write).
/// </summary>
internal static class ArcSimplifier
{
    private const float Grid = 8f;

    public static SKPoint[] Project(float[] arc, PanelTransform transform, float tolerance)
    {
        var points = new SKPoint[arc.Length / 2];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = transform.Apply(arc[2 * i], arc[2 * i + 1]);
        }
        if (points.Length < 4)
        {
            return [.. points.Select(p => new SKPoint(MathF.Round(p.X * Grid) / Grid, MathF.Round(p.Y * Grid) / Grid))];
        }
        var keep = new bool[points.Length];
        keep[0] = keep[^1] = true;
        if (points[0] == points[^1])
        {
            // closed arc (an island): anchor on the start and on the vertex farthest from it
            var far = 0;
            var best = -1f;
            for (var i = 1; i < points.Length - 1; i++)
            {
                var d = SKPoint.DistanceSquared(points[0], points[i]);
                if (d > best)
                {
                    (best, far) = (d, i);
                }
            }
            keep[far] = true;
            Mark(points, keep, 0, far, tolerance);
            Mark(points, keep, far, points.Length - 1, tolerance);
        }
        else
        {
            Mark(points, keep, 0, points.Length - 1, tolerance);
        }
        var result = new List<SKPoint>(points.Length / 2);
        for (var i = 0; i < points.Length; i++)
        {
            if (!keep[i])
            {
                continue;
            }
            var snapped = new SKPoint(MathF.Round(points[i].X * Grid) / Grid, MathF.Round(points[i].Y * Grid) / Grid);
            if (result.Count == 0 || result[^1] != snapped || i == points.Length - 1)
            {
                result.Add(snapped);
            }
        }
        return [.. result];
    }

    private static void Mark(SKPoint[] points, bool[] keep, int first, int last, float tolerance)
    {
        var stack = new Stack<(int, int)>();
        stack.Push((first, last));
        while (stack.Count > 0)
        {
            var (i, j) = stack.Pop();
            if (j <= i + 1)
            {
                continue;
            }
            var (a, b) = (points[i], points[j]);
            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            var length = MathF.Sqrt(dx * dx + dy * dy);
            var best = -1f;
            var index = -1;
            for (var k = i + 1; k < j; k++)
            {
                var p = points[k];
                var d = length == 0
                    ? SKPoint.Distance(p, a)
                    : MathF.Abs(dy * (p.X - a.X) - dx * (p.Y - a.Y)) / length;
                if (d > best)
                {
                    (best, index) = (d, k);
                }
            }
            if (best > tolerance)
            {
                keep[index] = true;
                stack.Push((i, index));
                stack.Push((index, j));
            }
        }
    }
}
