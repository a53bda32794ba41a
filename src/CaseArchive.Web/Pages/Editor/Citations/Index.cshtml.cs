using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Citations;

/// <summary>
/// The sources a record cites, each with the sentence it rests on: add and remove them.
/// Each change is a change of the record, in its history (as a note; restoring a version leaves citations as they are).
/// </summary>
public class IndexModel(ArchiveDbContext db) : PageModel
{
    private static readonly string[] Kinds = ["person", "case", "ruling", "claim", "event"];

    public string Kind { get; private set; } = string.Empty;
    public int RecordId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public IReadOnlyList<Row> Cited { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Choose the source.")]
    [Display(Name = "Source")]
    public int? SourceId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Paste the sentence of the source that the record rests on.")]
    [StringLength(4000, ErrorMessage = "Keep the quote under 4,000 characters: one or two sentences.")]
    [Display(Name = "The sentence, word for word")]
    public string? Quote { get; set; }

    public sealed record Row(int Id, string Source, string? Outlet, string Quote);

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAddAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(kind, id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }
        var source = SourceId is null ? null : await db.Sources.FirstOrDefaultAsync(s => s.Id == SourceId, cancellationToken);
        if (SourceId is not null && source is null)
        {
            ModelState.AddModelError(nameof(SourceId), "That source is no longer in the archive: choose again.");
        }
        var quote = Quote?.Trim();
        if (source is not null && !string.IsNullOrEmpty(quote) && !Quotes.Contain(source.Text, quote))
        {
            ModelState.AddModelError(nameof(Quote), "This sentence is not in the source's text. Copy it from the source, word for word.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var citation = new Citation { Source = source!, Quote = quote! };
        switch (record)
        {
            case Person p: citation.PersonId = p.Id; break;
            case Case c: citation.CaseId = c.Id; break;
            case Ruling r: citation.RulingId = r.Id; break;
            case DetentionClaim c: citation.DetentionClaimId = c.Id; break;
            case TimelineEvent e: citation.TimelineEventId = e.Id; break;
        }
        db.Citations.Add(citation);
        db.Entry(record).State = EntityState.Modified;
        db.ChangeNote = $"cited {source!.Title}: “{Shorten(quote!)}”";
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = "The source is cited.";
        return Redirect($"/editor/citations/{kind}/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string kind, int id, int citationId, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(kind, id, cancellationToken);
        var citation = await db.Citations.Include(c => c.Source).FirstOrDefaultAsync(c => c.Id == citationId, cancellationToken);
        if (record is null || citation is null || !Cited.Any(c => c.Id == citationId))
        {
            return NotFound();
        }
        db.Citations.Remove(citation);
        db.Entry(record).State = EntityState.Modified;
        db.ChangeNote = $"no longer cites {citation.Source.Title}: “{Shorten(citation.Quote)}”";
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = "The citation is removed.";
        return Redirect($"/editor/citations/{kind}/{id}");
    }

    private async Task<Entity?> LoadAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (!Kinds.Contains(kind) || RecordKinds.TypeOf(kind) is not { } type)
        {
            return null;
        }
        var record = await Restoring.LoadAsync(db, type.Name, id, cancellationToken);
        if (record is null || record.IsDeleted)
        {
            return null;
        }
        Kind = kind;
        RecordId = id;
        Title = record switch
        {
            Person p => p.DisplayName,
            Case c => c.Title,
            _ => $"{RecordKinds.Describe(type)} #{id}",
        };
        var citations = db.Citations.AsNoTracking();
        citations = record switch
        {
            Person => citations.Where(c => c.PersonId == id),
            Case => citations.Where(c => c.CaseId == id),
            Ruling => citations.Where(c => c.RulingId == id),
            DetentionClaim => citations.Where(c => c.DetentionClaimId == id),
            _ => citations.Where(c => c.TimelineEventId == id),
        };
        Cited = await citations.OrderBy(c => c.Id).Select(c => new Row(c.Id, c.Source.Title, c.Source.Outlet, c.Quote)).ToListAsync(cancellationToken);
        return record;
    }


    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
