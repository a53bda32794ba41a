using CaseArchive.Domain.Model;

namespace CaseArchive.Domain.History;

/// <summary>The kinds of record the editors' area edits, by the word used in its addresses (/editor/history/ruling/3).</summary>
public static class RecordKinds
{
    private static readonly Dictionary<string, Type> ByWord = new(StringComparer.Ordinal)
    {
        ["person"] = typeof(Person),
        ["court"] = typeof(Court),
        ["case"] = typeof(Case),
        ["ruling"] = typeof(Ruling),
        ["claim"] = typeof(DetentionClaim),
        ["event"] = typeof(TimelineEvent),
        ["source"] = typeof(Source),
        ["import"] = typeof(ArticleImport),
    };

    public static Type? TypeOf(string word) => ByWord.GetValueOrDefault(word);

    public static string WordOf(string entityTypeName) => ByWord.FirstOrDefault(p => p.Value.Name == entityTypeName).Key ?? entityTypeName.ToLowerInvariant();

    /// <summary>"detention claim", "event": the kind in an editor's words.</summary>
    public static string Describe(Type type) => type == typeof(DetentionClaim) ? "detention claim" : type == typeof(TimelineEvent) ? "event" : type == typeof(ArticleImport) ? "import" : type.Name.ToLowerInvariant();
}
