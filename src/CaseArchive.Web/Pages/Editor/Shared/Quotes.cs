namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>A quote is the source's own sentence: the same words, whatever the line breaks and spaces between them.</summary>
public static class Quotes
{
    public static bool Contain(string text, string quote) => Normalise(text).Contains(Normalise(quote), StringComparison.Ordinal);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
