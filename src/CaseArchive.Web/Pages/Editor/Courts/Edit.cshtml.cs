using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Courts;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public CourtInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var court = await Db.Courts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (court is null)
            {
                return NotFound();
            }
            Input = CourtInput.From(court);
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
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Court? court;
        if (id is null && !ConfirmedNew
            && await RecordMatcher.FindCourtAsync(Db, Input.Name, Input.Town, Input.Country, cancellationToken) is { } same)
        {
            LikelySame = new("court", same.Record.Name, $"/editor/courts/edit/{same.Record.Id}", same.Reason);
            return Page();
        }
        if (id is null)
        {
            var slug = Slugs.From(Input.Name);
            var candidate = slug;
            for (var n = 2; await Db.Courts.IgnoreQueryFilters().AnyAsync(c => c.Slug == candidate, cancellationToken); n++)
            {
                candidate = $"{slug}-{n}";
            }
            court = new Court(Input.Name, candidate, Input.Country);
            Db.Courts.Add(court);
        }
        else
        {
            court = await Db.Courts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (court is null)
            {
                return NotFound();
            }
        }
        Input.ApplyTo(court);
        if (court.Id == 0)
        {
            return await CreateOnceAsync(court, "The court is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(court, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The court is saved.";
        return Redirect($"/editor/courts/edit/{court.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var court = await Db.Courts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (court is null)
        {
            return NotFound();
        }
        Id = id;
        var rulings = await Db.Rulings.CountAsync(r => r.CourtId == id, cancellationToken);
        var cases = await Db.Cases.CountAsync(c => c.CourtId == id, cancellationToken);
        if (rulings + cases > 0)
        {
            ModelState.AddModelError(string.Empty, $"This court cannot be deleted while {rulings} rulings and {cases} cases name it. Move or delete those first, or merge the court into the right one.");
            Input = CourtInput.From(court);
            return Page();
        }
        court.Delete();
        if (await SaveAsync(court, Input.Version, cancellationToken) is not null)
        {
            Input = CourtInput.From(await Db.Courts.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The court is deleted. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/court/{id}");
    }

    public class CourtInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Enter the court's name.")]
        [StringLength(300, ErrorMessage = "Keep the name under 300 characters.")]
        public string Name { get; set; } = string.Empty;

        [StringLength(100, ErrorMessage = "Keep the town under 100 characters.")]
        public string? Town { get; set; }

        [StringLength(100, ErrorMessage = "Keep the region under 100 characters.")]
        public string? Region { get; set; }

        [Required(ErrorMessage = "Enter the country the court is in.")]
        [StringLength(100, ErrorMessage = "Keep the country under 100 characters.")]
        public string Country { get; set; } = string.Empty;

        public CourtLevel Level { get; set; } = CourtLevel.District;

        public static CourtInput From(Court c) => new() { Version = c.Version, Name = c.Name, Town = c.Town, Region = c.Region, Country = c.Country, Level = c.Level };

        public void ApplyTo(Court court)
        {
            court.Rename(Name);
            court.Town = string.IsNullOrWhiteSpace(Town) ? null : Town.Trim();
            court.Region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
            court.Country = Country.Trim();
            court.Level = Level;
        }
    }
}
