using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor;

/// <summary>Merges a duplicate person or court into the one kept; undone from the history.</summary>
public class MergeModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Choose the record to keep.")]
    [Display(Name = "Keep")]
    public int? Keep { get; set; }

    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Choose the duplicate to merge into it.")]
    [Display(Name = "Merge this duplicate into it")]
    public int? Duplicate { get; set; }

    public string Kind { get; private set; } = string.Empty;
    public bool IsCourts => Kind == "courts";

    public async Task OnGetAsync(string kind) => await LoadAsync(kind);

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken cancellationToken)
    {
        await LoadAsync(kind);
        if (Keep is not null && Keep == Duplicate)
        {
            ModelState.AddModelError(nameof(Duplicate), "Choose two different records: a record cannot be merged with itself.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            if (IsCourts)
            {
                await Merging.MergeCourtsAsync(db, Keep!.Value, Duplicate!.Value, cancellationToken);
            }
            else
            {
                await Merging.MergePersonsAsync(db, Keep!.Value, Duplicate!.Value, cancellationToken);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, $"The merge was not made: {e.GetBaseException().Message}");
            return Page();
        }
        TempData["Saved"] = "Merged. Everything that was the duplicate's is now here; undo the merge from this history if it was a mistake.";
        return Redirect($"/editor/history/{(IsCourts ? "court" : "person")}/{Keep}");
    }

    private async Task LoadAsync(string kind)
    {
        Kind = kind;
    }
}
