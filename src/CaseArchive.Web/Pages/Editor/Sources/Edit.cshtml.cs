using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Sources;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public SourceInput Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>An existing source's text: fixed, since its hash identifies the article.</summary>
    public string? Text { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var source = await Db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (source is null)
            {
                return NotFound();
            }
            Input = SourceInput.From(source);
            Text = source.Text;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null && await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        Id = id;
        if (id is null && string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.Text", "Paste the article's text: the facts will cite its sentences.");
        }
        if (id is null && !string.IsNullOrWhiteSpace(Input.Text)
            && await Db.Sources.IgnoreQueryFilters().AnyAsync(s => s.ContentHash == Source.HashOf(Input.Text), cancellationToken))
        {
            ModelState.AddModelError("Input.Text", "This article is in the archive already (the same text).");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (id is null && !ConfirmedNew && await SameArticleAsync(cancellationToken) is { } same)
        {
            LikelySame = same;
            return Page();
        }
        Source? source;
        if (id is null)
        {
            source = new Source(Input.Title, Input.Text!);
            Db.Sources.Add(source);
        }
        else
        {
            source = await Db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (source is null)
            {
                return NotFound();
            }
            Text = source.Text;
        }
        Input.ApplyTo(source);
        if (source.Id == 0)
        {
            return await CreateOnceAsync(source, "The source is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(source, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The source is saved.";
        return Redirect($"/editor/sources/edit/{source.Id}");
    }

    /// <summary>A source at the same address, or with the same title, outlet and date: the same article, most likely (Back and sent again with another copy of its text).</summary>
    private async Task<LikelyDuplicate?> SameArticleAsync(CancellationToken cancellationToken)
    {
        var url = string.IsNullOrWhiteSpace(Input.Url) ? null : Input.Url.Trim();
        var title = Input.Title.Trim();
        var outlet = string.IsNullOrWhiteSpace(Input.Outlet) ? null : Input.Outlet.Trim();
        var same = await Db.Sources.AsNoTracking()
            .Where(s => (url != null && s.Url == url) || (s.Title == title && s.Outlet == outlet && s.PublishedOn == Input.PublishedOn))
            .Select(s => new { s.Id, s.Title, s.Url }).FirstOrDefaultAsync(cancellationToken);
        return same is null ? null : new("source", same.Title, $"/editor/sources/edit/{same.Id}",
            url is not null && same.Url == url ? "the same address" : "the same title, outlet and date");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var source = await Db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        // Its citations are hidden with it, and come back when it is restored.
        source.Delete();
        if (await SaveAsync(source, Input.Version, cancellationToken) is not null)
        {
            Id = id;
            Input = SourceInput.From(await Db.Sources.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The source is deleted, and the facts no longer cite it. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/source/{id}");
    }

    public class SourceInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Enter the article's title.")]
        [StringLength(500, ErrorMessage = "Keep the title under 500 characters.")]
        public string Title { get; set; } = string.Empty;

        // A source without an outlet is never published (PublicQueries.CitationIsPublished): asked for here.
        [Required(ErrorMessage = "Enter the outlet that published the article: a source without one cannot be published.")]
        [StringLength(200, ErrorMessage = "Keep the outlet under 200 characters.")]
        [Display(Name = "Outlet (e.g. RFE/RL)")]
        public string? Outlet { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the address under 2,000 characters.")]
        [PublicAddress]
        [Display(Name = "Web address")]
        public string? Url { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Published on")]
        public DateOnly? PublishedOn { get; set; }

        [StringLength(8, ErrorMessage = "Use the two-letter code: en, ru, kk.")]
        [RegularExpression("^[a-z]{2,3}$", ErrorMessage = "Use the two-letter code: en, ru, kk.")]
        public string? Language { get; set; }

        [Display(Name = "The article's text")]
        public string? Text { get; set; }

        public static SourceInput From(Source s) => new()
        {
            Version = s.Version,
            Title = s.Title,
            Outlet = s.Outlet,
            Url = s.Url,
            PublishedOn = s.PublishedOn,
            Language = s.Language,
        };

        public void ApplyTo(Source source)
        {
            source.Title = Title.Trim();
            source.Outlet = string.IsNullOrWhiteSpace(Outlet) ? null : Outlet.Trim();
            source.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
            source.PublishedOn = PublishedOn;
            source.Language = string.IsNullOrWhiteSpace(Language) ? null : Language.Trim();
        }
    }
}
