using System.Text;

namespace CaseArchive.Domain.Model;

public static class Slugs
{
    /// <summary>"Qaisha Aqan" → "qaisha-aqan"; Cyrillic is transliterated so addresses stay readable.</summary>
    public static string From(string text)
    {
        var latin = NameFolding.ToLatin(text);
        var builder = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "record" : slug[..Math.Min(slug.Length, 120)];
    }
}
