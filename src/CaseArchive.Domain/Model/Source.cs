using System.Security.Cryptography;
using System.Text;

namespace CaseArchive.Domain.Model;

/// <summary>An article or document that facts rest on.</summary>
public class Source : Entity
{
    public Source(string title, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Text = text;
        ContentHash = HashOf(text);
    }

    // For EF Core.
    private Source()
    {
        Title = Text = ContentHash = string.Empty;
    }

    public string Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>ISO 639-1: "en", "ru", "kk".</summary>
    public string? Language { get; set; }

    public string Text { get; private set; }

    /// <summary>SHA-256 of the text, hex: the same article imported twice is one source.</summary>
    public string ContentHash { get; private set; }

    public List<Citation> Citations { get; } = [];

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>Ties one fact (a person, case, ruling, claim or event) to a source and the sentence it rests on.</summary>
public class Citation
{
    public int Id { get; private set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;

    /// <summary>The sentence of the source, verbatim.</summary>
    public string Quote { get; set; } = string.Empty;

    // Exactly one of these is set (a check constraint says so).
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public int? RulingId { get; set; }
    public Ruling? Ruling { get; set; }
    public int? DetentionClaimId { get; set; }
    public DetentionClaim? DetentionClaim { get; set; }
    public int? TimelineEventId { get; set; }
    public TimelineEvent? TimelineEvent { get; set; }
}
