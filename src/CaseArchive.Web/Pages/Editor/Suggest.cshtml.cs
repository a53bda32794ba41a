using CaseArchive.Domain;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages.Editor;

/// <summary>The pickers' type-ahead: at most <see cref="Picks.MostSuggestions"/> records of a kind whose name holds q, as JSON.</summary>
public class SuggestModel(ArchiveDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, string? q, CancellationToken cancellationToken) =>
        Picks.Kinds.Contains(kind)
            ? new JsonResult(await Picks.SuggestAsync(db, kind, q, cancellationToken))
            : NotFound();
}
