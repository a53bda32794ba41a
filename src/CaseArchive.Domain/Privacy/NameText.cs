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
        var units = new List<Unit>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            units.Add(new Unit(raw[i], i, i + 1));
        }
        for (var pass = 0; pass < 3; pass++)
        {
            var read = DecodeOnce(units);
            if (read.Count == units.Count)
            {
                break;
            }
            units = read;
        }
        return units;
    }

    private static List<Unit> DecodeOnce(List<Unit> units)
    {
        if (!units.Exists(u => u.C is '&' or '\\' or '%'))
        {
            return units;
        }
        var read = new List<Unit>(units.Count);
        var i = 0;
        while (i < units.Count)
        {
            var c = units[i].C;
            int consumed;
            char value;
            if (c == '&' && TryEntity(units, i, out value, out consumed))
            {
                read.Add(new Unit(value, units[i].Start, units[i + consumed - 1].End));
                i += consumed;
            }
            else if (c == '\\' && i + 1 < units.Count)
            {
                if (units[i + 1].C == 'u' && TryHex(units, i + 2, 4, out var code))
                {
                    read.Add(new Unit((char)code, units[i].Start, units[i + 5].End));
                    i += 6;
                }
                else
                {
                    // \" \n \\ and the like: a separator, never a letter.
                    read.Add(new Unit(' ', units[i].Start, units[i + 1].End));
                    i += 2;
                }
            }
            else if (c == '%' && TryPercent(units, i, read, out consumed))
            {
                i += consumed;
            }
            else
            {
                read.Add(units[i]);
                i++;
            }
        }
        return read;
    }

    private static bool TryHex(List<Unit> units, int at, int length, out int value)
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
        var letters = new StringBuilder();
        while (i < units.Count)
        {
            if (!NameKeys.IsWordChar(units[i].C))
            {
                i++;
                continue;
            }
            var first = i;
            letters.Clear();
            while (i < units.Count && NameKeys.IsWordChar(units[i].C))
            {
                if (!NameKeys.IsInvisible(units[i].C))
                {
                    letters.Append(units[i].C);
                }
                i++;
            }
            if (letters.Length > 0)
            {
                words.Add(new Word(letters.ToString(), units[first].Start, units[i - 1].End, first, i - 1));
            }
        }
        return words;
    }

    /// <summary>The words of plain text (a stored name), no escapes read.</summary>
    public static List<Word> Words(string plain) =>
        Words([.. plain.Select((c, i) => new Unit(c, i, i + 1))]);

    private static bool TryEntity(List<Unit> units, int at, out char value, out int consumed)
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
        var body = new string([.. units.Skip(at + 1).Take(end - at - 1).Select(u => u.C)]);
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

    /// <summary>A run of percent-encoded bytes read as UTF-8, one unit a character.</summary>
    private static bool TryPercent(List<Unit> units, int at, List<Unit> read, out int consumed)
    {
        var bytes = new List<(byte Value, int Start, int End)>();
        var i = at;
        while (i + 3 <= units.Count && units[i].C == '%' && TryHex(units, i + 1, 2, out var b))
        {
            bytes.Add(((byte)b, units[i].Start, units[i + 2].End));
            i += 3;
        }
        consumed = i - at;
        if (bytes.Count == 0)
        {
            return false;
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
        return true;
    }
}
