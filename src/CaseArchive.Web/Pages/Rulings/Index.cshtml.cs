using CaseArchive.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public IReadOnlyList<RulingRow> Rows { get; private set; } = [];
    public int? NextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || PageNumber is < 1 or > 10_000)
        {
            return BadRequest("p (the page) must be a whole number from 1 to 10000.");
        }
        var rulings = db.Rulings.AsNoTracking().VisibleToPublic();
        Total = await rulings.CountAsync(cancellationToken);
        Rows = await RulingRow.From(RulingRow.Newest(rulings)).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        NextPage = PageNumber * PageSize < Total ? PageNumber + 1 : null;
        return Page();
    }
}
