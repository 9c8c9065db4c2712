using System.Text;

namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>
/// Seeded mutations of a valid export: truncation, byte flips, swapped delimiters, broken quotes, huge fields, invalid
/// UTF-8, byte order mark games, line-ending games, lines dropped, repeated or swapped. The same seed gives the same bytes.
/// </summary>
internal sealed class CsvMutator(int seed)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[][] InvalidUtf8 = [[0x80], [0xC3], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
    private static readonly int[] HugeFieldBytes = [70_000, 1_100_000, 3_000_000];

    private readonly Random _random = new(seed);

    private static readonly (string Name, Func<CsvMutator, byte[], byte[]> Apply)[] Operators =
    [
        ("truncate at a byte", (m, b) => b[..m.Position(b)]),
        ("truncate at a line", (m, b) => b[..(m.LineStart(b) is var s and > 0 ? s : b.Length)]),
        ("flip a byte", (m, b) => m.Flip(b)),
        ("swap a delimiter", (m, b) => m.ReplaceOne(b, (byte)';', m.Pick([","u8.ToArray(), "\t"u8.ToArray(), ";;"u8.ToArray(), []]))),
        ("comma delimiters", (m, b) => Replace(b, (byte)';', (byte)',')),
        ("stray quote", (m, b) => Insert(b, m.Position(b), "\""u8.ToArray())),
        ("quoted field", (m, b) => m.QuoteAField(b)),
        ("quote inside a field", (m, b) => Insert(b, m.FieldStart(b) + 1, "a\"b"u8.ToArray())),
        ("huge field", (m, b) => Insert(b, m.FieldStart(b), Encoding.ASCII.GetBytes(new string('x', m.Pick(HugeFieldBytes))))),
        ("invalid UTF-8", (m, b) => Insert(b, m.FieldStart(b) + m._random.Next(0, 3), m.Pick(InvalidUtf8))),
        ("no BOM", (m, b) => b.AsSpan().StartsWith(Bom) ? b[3..] : b),
        ("extra BOMs", (m, b) => [.. Enumerable.Repeat(Bom, m._random.Next(1, 4)).SelectMany(x => x), .. b]),
        ("BOM inside a line", (m, b) => Insert(b, m.FieldStart(b), Bom)),
        ("UTF-16 BOM", (m, b) => [0xFF, 0xFE, .. b]),
        ("UTF-16 text", (m, b) => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))),
        ("CRLF line ends", (m, b) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\n", "\r\n", StringComparison.Ordinal))),
        ("CR line ends", (m, b) => Replace(b, (byte)'\n', (byte)'\r')),
        ("blank line", (m, b) => Insert(b, m.LineStart(b), m.Pick(["\n"u8.ToArray(), "\r\n"u8.ToArray(), " \n"u8.ToArray(), ";;;\n"u8.ToArray()]))),
        ("repeat a line", (m, b) => m.RepeatLine(b)),
        ("drop a line", (m, b) => m.DropLine(b)),
        ("NUL byte", (m, b) => Insert(b, m.Position(b), [0])),
        ("drop a delimiter", (m, b) => m.ReplaceOne(b, (byte)';', [])),
        ("empty field", (m, b) => m.EmptyAField(b)),
        ("upper-case header", (m, b) => m.UpperCaseHeader(b)),
        ("repeat the header", (m, b) => Insert(b, m.LineStart(b), b[BodyStart(b)..(LineEnd(b, BodyStart(b)) + 1)])),
        ("nothing but a BOM", (m, b) => [.. Bom]),
        ("header only", (m, b) => b[..(LineEnd(b, 0) + 1)]),
        ("Latin-1 text", (m, b) => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(b))),
        ("sign or exponent", (m, b) => Insert(b, m.FieldStart(b), m.Pick(["-"u8.ToArray(), "+"u8.ToArray(), "1e5"u8.ToArray(), " "u8.ToArray(), "0x"u8.ToArray()]))),
    ];

    public static int OperatorCount => Operators.Length;

    /// <summary>Applies one to three operators; returns their names and the mutated bytes.</summary>
    public (string Description, byte[] Bytes) Mutate(byte[] valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var bytes = valid;
        var names = new List<string>();
        var count = _random.Next(0, 4) == 0 ? 2 + _random.Next(0, 2) : 1;
        for (var i = 0; i < count && bytes.Length > 0; i++)
        {
            var (name, apply) = Operators[_random.Next(Operators.Length)];
            bytes = apply(this, bytes);
            names.Add(name);
        }
        return (string.Join(" + ", names), bytes);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private int Position(byte[] b) => _random.Next(0, b.Length);

    private static int BodyStart(byte[] b)
    {
        var start = 0;
        while (b.AsSpan(start).StartsWith(Bom))
        {
            start += 3;
        }
        return start;
    }

    private static int LineEnd(byte[] b, int from) => Array.IndexOf(b, (byte)'\n', Math.Min(from, b.Length - 1)) is var end and >= 0 ? end : b.Length - 1;

    /// <summary>The start of a random line (after a line break, or 0).</summary>
    private int LineStart(byte[] b)
    {
        var p = Position(b);
        while (p > 0 && b[p - 1] != (byte)'\n')
        {
            p--;
        }
        return p;
    }

    /// <summary>The start of a random field (after a ';' or a line start).</summary>
    private int FieldStart(byte[] b)
    {
        var p = Position(b);
        while (p > 0 && b[p - 1] is not ((byte)';' or (byte)'\n'))
        {
            p--;
        }
        return p;
    }

    private static int FieldEnd(byte[] b, int start)
    {
        var p = start;
        while (p < b.Length && b[p] is not ((byte)';' or (byte)'\n' or (byte)'\r'))
        {
            p++;
        }
        return p;
    }

    private byte[] Flip(byte[] b)
    {
        var copy = (byte[])b.Clone();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            copy[Position(copy)] ^= (byte)_random.Next(1, 256);
        }
        return copy;
    }

    private byte[] ReplaceOne(byte[] b, byte what, byte[] with)
    {
        var positions = Enumerable.Range(0, b.Length).Where(i => b[i] == what).ToArray();
        if (positions.Length == 0)
        {
            return b;
        }
        var at = Pick(positions);
        return [.. b[..at], .. with, .. b[(at + 1)..]];
    }

    private byte[] QuoteAField(byte[] b)
    {
        var start = FieldStart(b);
        var end = FieldEnd(b, start);
        return [.. b[..start], (byte)'"', .. b[start..end], (byte)'"', .. b[end..]];
    }

    private byte[] EmptyAField(byte[] b)
    {
        var start = FieldStart(b);
        return [.. b[..start], .. b[FieldEnd(b, start)..]];
    }

    private byte[] RepeatLine(byte[] b)
    {
        var start = LineStart(b);
        var end = LineEnd(b, start);
        return Insert(b, start, b[start..(end + 1)]);
    }

    private byte[] DropLine(byte[] b)
    {
        var start = LineStart(b);
        return [.. b[..start], .. b[(LineEnd(b, start) + 1)..]];
    }

    private byte[] UpperCaseHeader(byte[] b)
    {
        var end = LineEnd(b, 0);
        var start = FieldStart(b[..end]);
        return [.. b[..start], .. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b[start..FieldEnd(b, start)]).ToUpperInvariant()), .. b[FieldEnd(b, start)..]];
    }

    private static byte[] Insert(byte[] b, int at, byte[] what) => [.. b[..at], .. what, .. b[at..]];

    private static byte[] Replace(byte[] b, byte from, byte to) => [.. b.Select(x => x == from ? to : x)];
}
