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

    public static List<Unit> Decode(string raw)
    {
        var units = new List<Unit>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&' && TryEntity(raw, i, out var entity, out var entityEnd))
            {
                units.Add(new Unit(entity, i, entityEnd));
                i = entityEnd;
            }
            else if (c == '\\' && i + 1 < raw.Length)
            {
                if (raw[i + 1] == 'u' && i + 6 <= raw.Length && ushort.TryParse(raw.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    units.Add(new Unit((char)code, i, i + 6));
                    i += 6;
                }
                else
                {
                    // \" \n \\ and the like: a separator, never a letter.
                    units.Add(new Unit(' ', i, i + 2));
                    i += 2;
                }
            }
            else if (c == '%' && TryPercent(raw, i, units, out var percentEnd))
            {
                i = percentEnd;
            }
            else
            {
                units.Add(new Unit(c, i, i + 1));
                i++;
            }
        }
        return units;
    }

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

    private static bool TryEntity(string raw, int at, out char value, out int end)
    {
        value = default;
        end = raw.IndexOf(';', at + 1);
        if (end < 0 || end - at > 10)
        {
            return false;
        }
        var body = raw.AsSpan(at + 1, end - at - 1);
        end++;
        if (body.Length > 1 && body[0] == '#')
        {
            var hex = body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0xFFFF)
            {
                value = (char)code;
                return true;
            }
            if (code > 0xFFFF)
            {
                value = ' ';
                return true;
            }
            return false;
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
    private static bool TryPercent(string raw, int at, List<Unit> units, out int end)
    {
        var bytes = new List<(byte Value, int Start)>();
        var i = at;
        while (i + 3 <= raw.Length && raw[i] == '%' && byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
        {
            bytes.Add((b, i));
            i += 3;
        }
        end = i;
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
            var start = bytes[k].Start;
            var stop = bytes[k + length - 1].Start + 3;
            var c = text.Length == 1 ? text[0] : ' ';
            units.Add(new Unit(c, start, stop));
            k += length;
        }
        return true;
    }
}
