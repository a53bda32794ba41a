using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CaseArchive.Domain.Model;

/// <summary>The words of the vocabularies: NotDeported ↔ "not_deported", as stored, exported and put in query strings.</summary>
public static class VocabularyText
{
    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum => ToSnakeCase(value.ToString());

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    /// <summary>Reads "not_deported" (and only defined names: never a number).</summary>
    public static bool TryParse<TEnum>([NotNullWhen(true)] string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40 || !text.All(c => char.IsAsciiLetterLower(c) || c == '_'))
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (ToText(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }
        return false;
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
