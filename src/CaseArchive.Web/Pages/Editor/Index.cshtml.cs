using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor;

/// <summary>The editors' home: the latest changes to the archive, whoever made them.</summary>
public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Recent { get; private set; } = [];

    /// <summary>Each listed record's name as an editor knows it (a ruling's: its person and court), by kind and id.</summary>
    public IReadOnlyDictionary<(string Kind, int Id), string> Names { get; private set; } = new Dictionary<(string, int), string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Recent = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
        int[] Ids(string type) => [.. Recent.Where(a => a.EntityType == type).Select(a => a.EntityId).Distinct()];
        var names = new Dictionary<(string, int), string>();
        void Add(string type, IEnumerable<(int Id, string Name)> rows)
        {
            foreach (var (id, name) in rows)
            {
                names[(type, id)] = name;
            }
        }
        // Deleted records are named too: the history lists their deletion.
        var persons = Ids(nameof(Person));
        Add(nameof(Person), (await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => persons.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.DisplayName)));
        var courts = Ids(nameof(Court));
        Add(nameof(Court), (await db.Courts.IgnoreQueryFilters().AsNoTracking().Where(c => courts.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name)));
        var cases = Ids(nameof(Case));
        Add(nameof(Case), (await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => cases.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Title)));
        var sources = Ids(nameof(Source));
        Add(nameof(Source), (await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => sources.Contains(s.Id)).Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Title)));
        var rulings = Ids(nameof(Ruling));
        Add(nameof(Ruling), (await db.Rulings.IgnoreQueryFilters().AsNoTracking().Where(r => rulings.Contains(r.Id)).Select(r => new { r.Id, Person = r.Person.DisplayName, Court = r.Court.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, $"{r.Person}, {r.Court}")));
        var claims = Ids(nameof(DetentionClaim));
        Add(nameof(DetentionClaim), (await db.DetentionClaims.IgnoreQueryFilters().AsNoTracking().Where(c => claims.Contains(c.Id)).Select(c => new { c.Id, c.Person.DisplayName, c.Kind }).ToListAsync(cancellationToken)).Select(c => (c.Id, $"{c.DisplayName}: {VocabularyText.ToWords(c.Kind)}")));
        var events = Ids(nameof(TimelineEvent));
        Add(nameof(TimelineEvent), (await db.Events.IgnoreQueryFilters().AsNoTracking().Where(e => events.Contains(e.Id)).Select(e => new { e.Id, e.Person.DisplayName, e.Kind }).ToListAsync(cancellationToken)).Select(e => (e.Id, $"{e.DisplayName}: {VocabularyText.ToWords(e.Kind)}")));
        Names = names;
    }
}
