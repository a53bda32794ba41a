using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Claims;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public ClaimInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var claim = await Db.DetentionClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (claim is null)
            {
                return NotFound();
            }
            Input = ClaimInput.From(claim);
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
        if (Input.Status != VerificationStatus.Reported && string.IsNullOrWhiteSpace(Input.StatusNote))
        {
            ModelState.AddModelError("Input.StatusNote", "Say what corroborates or disputes the claim.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        DetentionClaim? claim;
        if (id is null)
        {
            var person = await Db.Persons.FirstOrDefaultAsync(p => p.Id == Input.PersonId, cancellationToken);
            if (person is null)
            {
                ModelState.AddModelError("Input.PersonId", "That person is no longer in the archive: choose again.");
                return Page();
            }
            claim = new DetentionClaim(person, Input.Kind);
            Db.DetentionClaims.Add(claim);
        }
        else
        {
            claim = await Db.DetentionClaims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (claim is null)
            {
                return NotFound();
            }
            claim.MoveTo(Input.PersonId!.Value);
        }
        Input.ApplyTo(claim);
        if (claim.Id == 0)
        {
            return await CreateOnceAsync(claim, "The detention claim is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(claim, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The detention claim is saved.";
        return Redirect($"/editor/claims/edit/{claim.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await Db.DetentionClaims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return NotFound();
        }
        claim.Delete();
        if (await SaveAsync(claim, Input.Version, cancellationToken) is not null)
        {
            Id = id;
            Input = ClaimInput.From(await Db.DetentionClaims.AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The detention claim is deleted. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/claim/{id}");
    }

    public class ClaimInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Choose the person who makes the claim.")]
        [Display(Name = "Person")]
        public int? PersonId { get; set; }

        [Display(Name = "What is claimed")]
        public ClaimKind Kind { get; set; }

        [StringLength(200, ErrorMessage = "Keep this under 200 characters.")]
        [Display(Name = "Facility (e.g. reeducation camp)")]
        public string? Facility { get; set; }

        [StringLength(200, ErrorMessage = "Keep this under 200 characters.")]
        public string? Place { get; set; }

        [StringLength(100, ErrorMessage = "Keep this under 100 characters.")]
        [Display(Name = "Period, as reported (e.g. \"several years\")")]
        public string? Period { get; set; }

        [Display(Name = "Verification")]
        public VerificationStatus Status { get; set; } = VerificationStatus.Reported;

        [StringLength(2000, ErrorMessage = "Keep the note under 2,000 characters.")]
        [Display(Name = "What corroborates or disputes it")]
        public string? StatusNote { get; set; }

        public static ClaimInput From(DetentionClaim c) => new()
        {
            Version = c.Version,
            PersonId = c.PersonId,
            Kind = c.Kind,
            Facility = c.Facility,
            Place = c.Place,
            Period = c.Period,
            Status = c.Status,
            StatusNote = c.StatusNote,
        };

        public void ApplyTo(DetentionClaim claim)
        {
            claim.Kind = Kind;
            claim.Facility = string.IsNullOrWhiteSpace(Facility) ? null : Facility.Trim();
            claim.Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
            claim.Period = string.IsNullOrWhiteSpace(Period) ? null : Period.Trim();
            claim.SetStatus(Status, StatusNote);
        }
    }
}
