using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Cases;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<PartyRow> Parties { get; private set; } = [];
    public string? PartyError { get; private set; }

    public sealed record PartyRow(int Id, string Person, PartyRole Role);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var @case = await Db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (@case is null)
            {
                return NotFound();
            }
            Input = CaseInput.From(@case);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null && await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        Id = id;
        var opened = Input.OpenedOn.Read(ModelState, "Input.OpenedOn");
        Input.Charges = Choices.Controlled(CaseArchive.Core.ControlledLists.Charges, Input.Charges, ModelState, "Input.Charges");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        Case? @case;
        if (id is null)
        {
            @case = new Case(Input.Title, Input.Kind);
            Db.Cases.Add(@case);
        }
        else
        {
            @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (@case is null)
            {
                return NotFound();
            }
        }
        Input.ApplyTo(@case, opened);
        if (@case.Id == 0)
        {
            if (await CreateOnceAsync(@case, "The case is saved.", cancellationToken) is { } made)
            {
                return made;
            }
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (await SaveAsync(@case, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Saved"] = "The case is saved.";
        return Redirect($"/editor/cases/edit/{@case.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return NotFound();
        }
        Id = id;
        var rulings = await Db.Rulings.CountAsync(r => r.CaseId == id, cancellationToken);
        if (rulings > 0)
        {
            ModelState.AddModelError(string.Empty, $"This case cannot be deleted while {rulings} rulings decide it. Delete those first.");
            Input = CaseInput.From(@case);
            await LoadAsync(cancellationToken);
            return Page();
        }
        @case.Delete();
        if (await SaveAsync(@case, Input.Version, cancellationToken) is not null)
        {
            Input = CaseInput.From(await Db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken));
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Saved"] = "The case is deleted. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/case/{id}");
    }

    /// <summary>Adds a person to the case in a role; a change of the case, in its history.</summary>
    public async Task<IActionResult> OnPostAddPartyAsync(int id, int? personId, PartyRole? role, CancellationToken cancellationToken)
    {
        var @case = await Db.Cases.Include(c => c.Parties).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return NotFound();
        }
        var person = personId is null ? null : await Db.Persons.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null || role is null)
        {
            return await ShowPartyErrorAsync(@case, "Choose the person and their part in the case.", cancellationToken);
        }
        if (@case.Parties.Any(p => p.PersonId == person.Id && p.Role == role))
        {
            return await ShowPartyErrorAsync(@case, $"{person.DisplayName} is in this case as {Display.Words(role.Value)} already.", cancellationToken);
        }
        @case.AddParty(person, role.Value);
        Db.Entry(@case).State = EntityState.Modified;
        Db.ChangeNote = $"added {person.DisplayName} (#{person.Id}) as {Display.Words(role.Value)}";
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{person.DisplayName} is added to the case.";
        return Redirect($"/editor/cases/edit/{id}");
    }

    public async Task<IActionResult> OnPostRemovePartyAsync(int id, int partyId, CancellationToken cancellationToken)
    {
        var party = await Db.CaseParties.Include(p => p.Person).Include(p => p.Case).FirstOrDefaultAsync(p => p.Id == partyId && p.CaseId == id, cancellationToken);
        if (party is null)
        {
            return NotFound();
        }
        Db.CaseParties.Remove(party);
        Db.Entry(party.Case).State = EntityState.Modified;
        Db.ChangeNote = $"removed {party.Person.DisplayName} (#{party.PersonId}) as {Display.Words(party.Role)}";
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = $"{party.Person.DisplayName} is no longer in the case as {Display.Words(party.Role)}.";
        return Redirect($"/editor/cases/edit/{id}");
    }

    private async Task<IActionResult> ShowPartyErrorAsync(Case @case, string error, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Id = @case.Id;
        Input = CaseInput.From(@case);
        PartyError = error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Id is int id)
        {
            Parties = await Db.CaseParties.AsNoTracking().Where(p => p.CaseId == id)
                .OrderBy(p => p.Role).Select(p => new PartyRow(p.Id, p.Person.DisplayName, p.Role))
                .ToListAsync(cancellationToken);
        }
    }

    public class CaseInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Give the case a title, e.g. \"Qaisha Aqan: illegal border crossing\".")]
        [StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "Kind of proceeding")]
        public CaseKind Kind { get; set; }

        public CaseStatus Status { get; set; } = CaseStatus.Open;

        [Display(Name = "Court")]
        public int? CourtId { get; set; }

        [Display(Name = "Charges (pick one or more from the list)")]
        public List<string> Charges { get; set; } = [];

        public DateInput OpenedOn { get; set; } = new();

        [StringLength(4000, ErrorMessage = "Keep the summary under 4,000 characters.")]
        public string? Summary { get; set; }

        public static CaseInput From(Case c) => new()
        {
            Version = c.Version,
            Title = c.Title,
            Kind = c.Kind,
            Status = c.Status,
            CourtId = c.CourtId,
            Charges = [.. c.Charges],
            OpenedOn = DateInput.From(c.OpenedOn),
            Summary = c.Summary,
        };

        public void ApplyTo(Case @case, PartialDate? openedOn)
        {
            @case.Title = Title.Trim();
            @case.Kind = Kind;
            @case.Status = Status;
            @case.CourtId = CourtId;
            @case.Charges = [.. Charges];
            @case.OpenedOn = openedOn;
            @case.Summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim();
        }
    }
}
