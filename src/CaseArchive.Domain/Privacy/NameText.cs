using System.Globalization;
using System.Text;

namespace CaseArchive.Domain.Privacy;

/// <summary>
/// Text as a reader sees it, whatever the format that carries it: HTML character references
/// (<c>&amp;#x416;</c>, <c>&amp;shy;</c>), JSON escapes (<c>\u0416</c>) and percent-encoded UTF-8 in
/// addresses (<c>%D0%96</c>) are read as the characters they stand for, each remembering where it
/// stands in the original, so that a name is found however it is written and replaced in place.
/// </summary>
public static class NameText
{
    /// <summary>One character as read, and the span of the original that wrote it.</summary>
    public readonly record struct Unit(char C, int Start, int End);

    /// <summary>A word as read: its letters (invisible characters dropped) and its span of the original.</summary>
    public readonly record struct Word(string Text, int Start, int End, int FirstUnit, int LastUnit);

    /// <summary>
    /// The text as read. Escapes may be nested (HTML inside JSON writes <c>\u0026#xAD;</c>), so the text
    /// is read again until nothing more is unescaped.
    /// </summary>
    public static List<Unit> Decode(string raw)
    {
        // The first pass reads the string itself: a text with no escape is listed once, as it is.
        if (DecodeOnce(new StringUnits(raw)) is not { } units)
        {
            units = new List<Unit>(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                units.Add(new Unit(raw[i], i, i + 1));
            }
            return units;
        }
        for (var pass = 1; pass < 3 && DecodeOnce(new ListUnits(units)) is { } read; pass++)
        {
            units = read;
        }
        return units;
    }

    /// <summary>Units to read escapes in: a string's characters as they are, or units read before.</summary>
    private interface IUnits
    {
        int Count { get; }

        Unit this[int i] { get; }
    }

    private readonly struct StringUnits(string raw) : IUnits
    {
        public int Count => raw.Length;

        public Unit this[int i] => new(raw[i], i, i + 1);
    }

    private readonly struct ListUnits(List<Unit> units) : IUnits
    {
        public int Count => units.Count;

        public Unit this[int i] => units[i];
    }

    /// <summary>The units with one layer of escapes read, or null when there was none to read.</summary>
    private static List<Unit>? DecodeOnce<T>(T units) where T : struct, IUnits
    {
        // Made at the first escape read, so a pass that finds none (most texts, and the last pass of
        // every text) copies nothing.
        List<Unit>? read = null;
        var i = 0;
        while (i < units.Count)
        {
            var c = units[i].C;
            int consumed;
            char value;
            if (c == '&' && TryEntity(units, i, out value, out consumed))
            {
                ReadUpTo(ref read, units, i).Add(new Unit(value, units[i].Start, units[i + consumed - 1].End));
                i += consumed;
            }
            else if (c == '\\' && i + 1 < units.Count)
            {
                if (units[i + 1].C == 'u' && TryHex(units, i + 2, 4, out var code))
                {
                    ReadUpTo(ref read, units, i).Add(new Unit((char)code, units[i].Start, units[i + 5].End));
                    i += 6;
                }
                else
                {
                    // \" \n \\ and the like: a separator, never a letter.
                    ReadUpTo(ref read, units, i).Add(new Unit(' ', units[i].Start, units[i + 1].End));
                    i += 2;
                }
            }
            else if (c == '%' && TryHex(units, i + 1, 2, out _))
            {
                i += ReadPercent(units, i, ReadUpTo(ref read, units, i));
            }
            else
            {
                read?.Add(units[i]);
                i++;
            }
        }
        return read;
    }

    private static List<Unit> ReadUpTo<T>(ref List<Unit>? read, T units, int at) where T : struct, IUnits
    {
        if (read is null)
        {
            read = new List<Unit>(units.Count);
            for (var k = 0; k < at; k++)
            {
                read.Add(units[k]);
            }
        }
        return read;
    }

    private static bool TryHex<T>(T units, int at, int length, out int value) where T : struct, IUnits
    {
        value = 0;
        if (at + length > units.Count)
        {
            return false;
        }
        for (var k = at; k < at + length; k++)
        {
            var digit = HexDigit(units[k].C);
            if (digit < 0)
            {
                return false;
            }
            value = (value * 16) + digit;
        }
        return true;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The words of decoded text, in order.</summary>
    public static List<Word> Words(List<Unit> units)
    {
        var words = new List<Word>();
        var i = 0;
        var letters = System.Buffers.ArrayPool<char>.Shared.Rent(64);
        try
        {
            while (i < units.Count)
            {
                if (!NameKeys.IsWordChar(units[i].C))
                {
                    i++;
                    continue;
                }
                var first = i;
                var length = 0;
                while (i < units.Count && NameKeys.IsWordChar(units[i].C))
                {
                    if (!NameKeys.IsInvisible(units[i].C))
                    {
                        if (length == letters.Length)
                        {
                            var longer = System.Buffers.ArrayPool<char>.Shared.Rent(length * 2);
                            letters.AsSpan().CopyTo(longer);
                            System.Buffers.ArrayPool<char>.Shared.Return(letters);
                            letters = longer;
                        }
                        letters[length++] = units[i].C;
                    }
                    i++;
                }
                if (length > 0)
                {
                    words.Add(new Word(NameKeys.Known(letters.AsSpan(0, length)), units[first].Start, units[i - 1].End, first, i - 1));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(letters);
        }
        return words;
    }

    /// <summary>The words of plain text (a stored name), no escapes read.</summary>
    public static List<Word> Words(string plain) =>
        Words([.. plain.Select((c, i) => new Unit(c, i, i + 1))]);

    private static bool TryEntity<T>(T units, int at, out char value, out int consumed) where T : struct, IUnits
    {
        value = default;
        consumed = 0;
        var end = -1;
        for (var k = at + 1; k < units.Count && k - at <= 10; k++)
        {
            if (units[k].C == ';')
            {
                end = k;
                break;
            }
        }
        if (end < 0)
        {
            return false;
        }
        Span<char> body = stackalloc char[end - at - 1];
        for (var k = 0; k < body.Length; k++)
        {
            body[k] = units[at + 1 + k].C;
        }
        consumed = end - at + 1;
        if (body.Length > 1 && body[0] == '#')
        {
            var hex = body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code <= 0)
            {
                return false;
            }
            value = code <= 0xFFFF ? (char)code : ' ';
            return true;
        }
        value = body switch
        {
            "shy" => '\u00AD',
            "nbsp" => ' ',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "lt" => '<',
            "gt" => '>',
            "zwj" => '\u200D',
            "zwnj" => '\u200C',
            _ => default,
        };
        return value != default;
    }

    /// <summary>A run of percent-encoded bytes (one at least) read as UTF-8, one unit a character: how many units it took.</summary>
    private static int ReadPercent<T>(T units, int at, List<Unit> read) where T : struct, IUnits
    {
        var bytes = new List<(byte Value, int Start, int End)>();
        var i = at;
        while (i + 3 <= units.Count && units[i].C == '%' && TryHex(units, i + 1, 2, out var b))
        {
            bytes.Add(((byte)b, units[i].Start, units[i + 2].End));
            i += 3;
        }
        var k = 0;
        while (k < bytes.Count)
        {
            var lead = bytes[k].Value;
            var length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            length = Math.Min(length, bytes.Count - k);
            var text = Encoding.UTF8.GetString([.. bytes.Skip(k).Take(length).Select(x => x.Value)]);
            read.Add(new Unit(text.Length == 1 ? text[0] : ' ', bytes[k].Start, bytes[k + length - 1].End));
            k += length;
        }
        return i - at;
    }
}
