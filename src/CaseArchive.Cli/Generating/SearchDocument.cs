using System.Buffers.Binary;
using System.Text;

namespace CaseArchive.Cli.Generating;

/// <summary>
/// Builds a ruling's full-text document in the generator, as <c>ruling_search_document</c> (migration
/// PublicSearch) builds it in the database, and writes it in PostgreSQL's binary tsvector format for COPY.
/// The texts are given in the function's order, section by section (names A, officials C, facts B,
/// words D); every word takes the next position, as <c>to_tsvector</c> and <c>||</c> give them, and the
/// hidden persons' words are left out of facts and words as <c>ts_delete</c> leaves them out.
/// </summary>
/// <remarks>
/// Words are split as PostgreSQL's default parser splits the generator's texts under the 'simple'
/// configuration: a run of letters is a word in lower case; letters joined by hyphens give the whole
/// word and then each part ("inter-district", "inter", "district"); a number followed by hyphenated
/// numbers gives the first and then each "-N" as a signed number ("3-19-12": "3", "-19", "-12").
/// Spaces, commas and full stops before a space separate words. Anything else (an e-mail, a host, a
/// file path, a word with digits, an apostrophe) the parser reads in other ways, so it is refused
/// with an exception rather than given a document the database would not give: the generator
/// writes no such text. GenerateTests compares every document with the database's function.
/// </remarks>
internal sealed class SearchDocument(IReadOnlySet<string> hidden)
{
    /// <summary>Weights as tsvector's binary format keeps them (the top two bits of a position).</summary>
    public enum Weight : ushort { D = 0, C = 1, B = 2, A = 3 }

    private const int MaxPosition = 16383; // MAXENTRYPOS - 1: to_tsvector and || stop there
    private const int MaxVocabulary = 200_000;

    private sealed class Lexeme(string text, bool hidden)
    {
        public readonly string Text = text;
        public readonly byte[] Utf8 = Encoding.UTF8.GetBytes(text);
        public readonly bool Hidden = hidden;
        public int Slot = -1; // its place in the document being built, -1 when absent
    }

    private readonly Dictionary<string, Lexeme> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lexeme> _rare = new(StringComparer.Ordinal); // this document's words the vocabulary had no room for
    private readonly List<Lexeme> _present = [];
    private readonly List<List<ushort>> _positions = [];
    private readonly char[] _lower = new char[256];
    private byte[] _buffer = new byte[4096];
    private int _position;

    /// <summary>The words of the document being built.</summary>
    public IEnumerable<string> Lexemes => _present.Select(l => l.Text);

    /// <summary>Starts a new document.</summary>
    public void Clear()
    {
        foreach (var lexeme in _present)
        {
            lexeme.Slot = -1;
        }
        _present.Clear();
        _rare.Clear();
        _position = 0;
    }

    /// <summary>Adds a text's words with a weight; <paramref name="deleteHidden"/> leaves out hidden persons' words (facts and words).</summary>
    public void Add(string? text, Weight weight, bool deleteHidden)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\n')
            {
                i++;
            }
            else if ((c == ',' || c == '.') && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = Word(text, i, weight, deleteHidden);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = Number(text, i, weight, deleteHidden);
            }
            else
            {
                throw Unexpected(text, i);
            }
        }
    }

    private int Word(string text, int start, Weight weight, bool deleteHidden)
    {
        var end = Letters(text, start);
        var hyphenated = false;
        while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            hyphenated = true;
            end = Letters(text, end + 1);
        }
        if (end < text.Length && (char.IsDigit(text[end]) || text[end] == '-' || text[end] == '\'' || text[end] == '_'))
        {
            throw Unexpected(text, end);
        }
        Emit(text.AsSpan(start, end - start), weight, deleteHidden);
        if (hyphenated)
        {
            var part = start;
            while (part < end)
            {
                var partEnd = Letters(text, part);
                Emit(text.AsSpan(part, partEnd - part), weight, deleteHidden);
                part = partEnd + 1;
            }
        }
        return end;
    }

    private int Number(string text, int start, Weight weight, bool deleteHidden)
    {
        var end = Digits(text, start);
        Emit(text.AsSpan(start, end - start), weight, deleteHidden);
        while (end + 1 < text.Length && text[end] == '-' && char.IsAsciiDigit(text[end + 1]))
        {
            var next = Digits(text, end + 1);
            Emit(text.AsSpan(end, next - end), weight, deleteHidden);
            end = next;
        }
        if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-' || text[end] == '_'
            || ((text[end] == '.' || text[end] == ',') && end + 1 < text.Length && text[end + 1] != ' ')))
        {
            throw Unexpected(text, end);
        }
        return end;
    }

    private static int Letters(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int Digits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    private static InvalidOperationException Unexpected(string text, int at) =>
        new($"The search document cannot be built here for \"{text}\" (at '{text[at]}'): PostgreSQL's parser reads it another way.");

    private void Emit(ReadOnlySpan<char> token, Weight weight, bool deleteHidden)
    {
        if (token.Length > _lower.Length)
        {
            throw new InvalidOperationException($"The word \"{token}\" is too long for a search document.");
        }
        var lower = _lower.AsSpan(0, token.Length);
        token.ToLowerInvariant(lower);
        var lexeme = Lookup(lower);
        _position = Math.Min(_position + 1, MaxPosition);
        if (deleteHidden && lexeme.Hidden)
        {
            return;
        }
        if (lexeme.Slot < 0)
        {
            lexeme.Slot = _present.Count;
            _present.Add(lexeme);
            if (_positions.Count < _present.Count)
            {
                _positions.Add([]);
            }
            _positions[lexeme.Slot].Clear();
        }
        var positions = _positions[lexeme.Slot];
        var entry = (ushort)(((ushort)weight << 14) | _position);
        if (positions.Count == 0 || (positions[^1] & MaxPosition) != _position)
        {
            positions.Add(entry);
        }
    }

    private Lexeme Lookup(ReadOnlySpan<char> lower)
    {
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var known))
        {
            return known;
        }
        var rare = _rare.GetAlternateLookup<ReadOnlySpan<char>>();
        if (rare.TryGetValue(lower, out known))
        {
            return known;
        }
        var text = lower.ToString();
        var lexeme = new Lexeme(text, hidden.Contains(text));
        // Most words come back (names, courts, places); numbers like docket numbers rarely do.
        (_vocabulary.Count < MaxVocabulary ? _vocabulary : _rare).Add(text, lexeme);
        return lexeme;
    }

    /// <summary>
    /// The document in tsvector's binary format (what PostgreSQL's tsvectorrecv reads): the number of
    /// lexemes, then each lexeme in sorted order as UTF-8 ending in a zero byte, its number of positions
    /// and each position with its weight in the top two bits, big-endian.
    /// </summary>
    public ReadOnlyMemory<byte> ToBinary()
    {
        _present.Sort(static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        var size = 4;
        foreach (var lexeme in _present)
        {
            size += lexeme.Utf8.Length + 3 + 2 * _positions[lexeme.Slot].Count;
        }
        if (_buffer.Length < size)
        {
            _buffer = new byte[Math.Max(size, 2 * _buffer.Length)];
        }
        var span = _buffer.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, _present.Count);
        var at = 4;
        foreach (var lexeme in _present)
        {
            lexeme.Utf8.CopyTo(span[at..]);
            at += lexeme.Utf8.Length;
            span[at++] = 0;
            var positions = _positions[lexeme.Slot];
            BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)positions.Count);
            at += 2;
            foreach (var position in positions)
            {
                BinaryPrimitives.WriteUInt16BigEndian(span[at..], position);
                at += 2;
            }
        }
        return _buffer.AsMemory(0, at);
    }
}
