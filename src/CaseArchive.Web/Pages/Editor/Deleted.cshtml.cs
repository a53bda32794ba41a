using CaseArchive.Domain;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor;

/// <summary>Deleted records, each with the way to its history and its restore.</summary>
public class DeletedModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Records { get; private set; } = [];

    public sealed record Row(string Kind, int Id, string Title, DateTimeOffset DeletedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        rows.AddRange(await db.Persons.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("person", r.Id, r.DisplayName, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.Courts.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("court", r.Id, r.Name, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.Cases.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("case", r.Id, r.Title, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.Rulings.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("ruling", r.Id, "Ruling on " + r.Person.DisplayName, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.DetentionClaims.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("claim", r.Id, "Claim of " + r.Person.DisplayName, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.Events.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("event", r.Id, "Event of " + r.Person.DisplayName, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        rows.AddRange(await db.Sources.IgnoreQueryFilters().Where(r => r.DeletedAt != null).Select(r => new Row("source", r.Id, r.Title, r.DeletedAt!.Value)).ToListAsync(cancellationToken));
        Records = [.. rows.OrderByDescending(r => r.DeletedAt)];
    }
}
