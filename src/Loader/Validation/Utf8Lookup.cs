using System.Buffers;
using System.Text.Unicode;

namespace Warehouse.Loader.Validation;

/// <summary>Outcome of looking up a UTF-8 field.</summary>
public enum LookupResult
{
    Found,
    Unknown,
    InvalidUtf8,
}

/// <summary>
/// Exact, case-sensitive lookup of UTF-8 field bytes among known strings without allocating a string per field:
/// labels and codes repeat millions of times in a file. Never folds case, accents or spaces (the loader never guesses).
/// </summary>
public sealed class Utf8Lookup<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8Lookup(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var dictionary = new Dictionary<string, T>(entries, StringComparer.Ordinal);
        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LookupResult TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        char[]? rented = null;
        var chars = utf8.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                value = default!;
                return LookupResult.InvalidUtf8;
            }
            return _lookup.TryGetValue(chars[..written], out value!) ? LookupResult.Found : LookupResult.Unknown;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
