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
        string fileName;
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
            fileName = "pasted.txt";
        }

        try
        {
            var result = await new ArticleImporter(db, ArticleExtractor.Instance).ImportAsync(bytes, fileName, published, cancellationToken);
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

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Imports = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new Row(i.Id, i.Source.Title, i.Source.Outlet, i.Status, i.Matches.Count, i.CreatedAt))
            .Take(200)
            .ToListAsync(cancellationToken);
}
