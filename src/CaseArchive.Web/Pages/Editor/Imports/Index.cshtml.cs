using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using CaseArchive.Core.Contract;
using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Imports;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public IReadOnlyList<Row> Imports { get; private set; } = [];

    public sealed record Row(int Id, string Title, string? Outlet, ImportStatus Status, int Matches, DateTimeOffset CreatedAt);

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        [StringLength(2 * 1024 * 1024, ErrorMessage = "The text is longer than an article can be (2 MB).")]
        public string? Text { get; set; }

        [RegularExpression(@"^\d{4}-\d{2}-\d{2}$", ErrorMessage = "Write the date as YYYY-MM-DD, for example 2019-12-23.")]
        public string? Published { get; set; }

        // What a pasted text cannot say about itself (a file's header or HTML says it): the source's
        // title and outlet are required for it, since a source without them is never published.
        [StringLength(500, ErrorMessage = "Keep the title under 500 characters.")]
        public string? Title { get; set; }

        [StringLength(200, ErrorMessage = "Keep the outlet under 200 characters.")]
        public string? Outlet { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the address under 2,000 characters.")]
        [CaseArchive.Web.Infrastructure.PublicAddress]
        public string? Url { get; set; }
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateOnly? published = null;
        if (Input.Published is { Length: > 0 } text)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                published = date;
            }
            else
            {
                ModelState.AddModelError("Input.Published", "That is not a date of the calendar: write it as YYYY-MM-DD.");
            }
        }
        var hasFile = Input.File is { Length: > 0 };
        var hasText = !string.IsNullOrWhiteSpace(Input.Text);
        if (hasFile == hasText)
        {
            ModelState.AddModelError(string.Empty, hasFile ? "Choose a file or paste text, not both." : "Choose a file or paste the article's text.");
        }
        if (hasText && string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError("Input.Title", "Enter the article's title: a pasted text has none to read.");
        }
        if (hasText && string.IsNullOrWhiteSpace(Input.Outlet))
        {
            ModelState.AddModelError("Input.Outlet", "Enter the outlet that published it: a source without one cannot be published.");
        }
        if (hasFile && Input.File!.Length > ArticleReader.MaxBytes)
        {
            ModelState.AddModelError("Input.File", "The file is larger than an article can be (2 MB).");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        byte[] bytes;
        string? fileName;
        if (hasFile)
        {
            using var buffer = new MemoryStream();
            await Input.File!.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            fileName = Path.GetFileName(Input.File.FileName);
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(Input.Text!);
            fileName = null;
        }

        try
        {
            var result = await new ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(bytes, fileName, published, cancellationToken);
            if (!result.AlreadyImported)
            {
                await DescribeSourceAsync(result.Import.SourceId, published, cancellationToken);
            }
            TempData["Saved"] = result.AlreadyImported ? "This article was imported before: here is that import." : "Imported: review the proposals, then publish.";
            return Redirect($"/editor/imports/{result.Import.Id}");
        }
        catch (ArticleFormatException e)
        {
            ModelState.AddModelError(hasFile ? "Input.File" : "Input.Text", e.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>What the editor typed about the article wins over what the importer read (or made up) of it.</summary>
    private async Task DescribeSourceAsync(int sourceId, DateOnly? published, CancellationToken cancellationToken)
    {
        static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.ReplaceLineEndings(" ").Trim();
        if (Given(Input.Title) is null && Given(Input.Outlet) is null && Given(Input.Url) is null && published is null)
        {
            return;
        }
        db.ChangeTracker.Clear();
        var source = await db.Sources.FirstAsync(s => s.Id == sourceId, cancellationToken);
        source.Title = Given(Input.Title) ?? source.Title;
        source.Outlet = Given(Input.Outlet) ?? source.Outlet;
        source.Url = Given(Input.Url) ?? source.Url;
        source.PublishedOn = published ?? source.PublishedOn;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Imports = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new Row(i.Id, i.Source.Title, i.Source.Outlet, i.Status, i.Matches.Count, i.CreatedAt))
            .Take(200)
            .ToListAsync(cancellationToken);
}
