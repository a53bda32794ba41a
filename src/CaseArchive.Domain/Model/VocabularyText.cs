using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CaseArchive.Domain.Model;

/// <summary>The words of the vocabularies: NotDeported ↔ "not_deported", as stored, exported and put in query strings.</summary>
public static class VocabularyText
{
    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Words<TEnum>.Texts.TryGetValue(value, out var text) ? text : ToSnakeCase(value.ToString());

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    /// <summary>Reads "not_deported" (and only defined names: never a number).</summary>
    public static bool TryParse<TEnum>([NotNullWhen(true)] string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return text is not null && Words<TEnum>.Values.TryGetValue(text, out value);
    }

    /// <summary>
    /// Each vocabulary's words, worked out once: every value read from the database goes through
    /// <see cref="TryParse{TEnum}"/> (thousands a search) and every facet label through <see cref="ToText{TEnum}"/>.
    /// </summary>
    private static class Words<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Texts = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => ToSnakeCase(v.ToString()));

        /// <summary>Only the defined names (lower-case ASCII letters and underscores): never a number.</summary>
        public static readonly Dictionary<string, TEnum> Values = Texts
            .Where(p => p.Value.Length <= 40 && p.Value.All(c => char.IsAsciiLetterLower(c) || c == '_'))
            .DistinctBy(p => p.Value).ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    /// <summary>"not_deported" → "not deported": the words a reader sees.</summary>
    public static string ToWords<TEnum>(TEnum value) where TEnum : struct, Enum => ToText(value).Replace('_', ' ');

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
