using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Extraction;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Rulings;

/// <summary>
/// A ruling by hand in one form: the source and the sentence it rests on, the person, the court and the
/// case (each picked, or made here), and the ruling's facts; saved together in one transaction, each new
/// record with its own entry in the history. What might duplicate a person or court is shown first.
/// </summary>
public class NewModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public NewRulingInput Input { get; set; } = new();

    /// <summary>The editor ticked "this is a new court" after being warned of <see cref="LikelySameCourt"/>.</summary>
    [BindProperty]
    public bool ConfirmedNewCourt { get; set; }

    public LikelyDuplicate? LikelySameCourt { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var date = Input.Date.Read(ModelState, "Input.Date");
        Input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.PersonId is null && !ConfirmedNew
            && await RecordMatcher.FindPersonAsync(Db, Input.PersonName!, Choices.Lines(Input.PersonOtherNames), cancellationToken) is { } samePerson)
        {
            LikelySame = new("person", samePerson.Record.DisplayName, $"/editor/persons/edit/{samePerson.Record.Id}", samePerson.Reason);
        }
        if (Input.CourtId is null && !ConfirmedNewCourt
            && await RecordMatcher.FindCourtAsync(Db, Input.CourtName, Input.CourtTown, Input.CourtCountry, cancellationToken) is { } sameCourt)
        {
            LikelySameCourt = new("court", sameCourt.Record.Name, $"/editor/courts/edit/{sameCourt.Record.Id}", sameCourt.Reason);
        }
        if (LikelySame is not null || LikelySameCourt is not null)
        {
            return Page();
        }
        Db.ChangeTracker.Clear();

        var text = string.IsNullOrWhiteSpace(Input.SourceText) ? Input.Quote.Trim() : Input.SourceText.Trim();
        var source = Input.SourceId is int sourceId
            ? await Db.Sources.FirstAsync(s => s.Id == sourceId, cancellationToken)
            : await Db.Sources.FirstOrDefaultAsync(s => s.ContentHash == Source.HashOf(text), cancellationToken);
        if (source is null)
        {
            source = new Source(Input.SourceTitle!.Trim(), text)
            {
                Outlet = Input.SourceOutlet!.Trim(),
                Url = string.IsNullOrWhiteSpace(Input.SourceUrl) ? null : Input.SourceUrl.Trim(),
                PublishedOn = Input.SourcePublishedOn,
            };
            Db.Sources.Add(source);
        }
        if (!Quotes.Contain(source.Text, Input.Quote))
        {
            ModelState.AddModelError("Input.Quote", "The quote is not in the source's text: copy the sentence as the article writes it.");
            return Page();
        }

        var person = Input.PersonId is int personId ? await Db.Persons.FirstAsync(p => p.Id == personId, cancellationToken) : null;
        if (person is null)
        {
            person = new Person(Input.PersonName!.Trim(), await FreeSlugAsync(Db.Persons.IgnoreQueryFilters().Select(p => p.Slug), Slugs.From(Input.PersonName), cancellationToken));
            foreach (var name in Choices.Lines(Input.PersonOtherNames))
            {
                person.AddName(name);
            }
            Db.Persons.Add(person);
        }
        var court = Input.CourtId is int courtId ? await Db.Courts.FirstAsync(c => c.Id == courtId, cancellationToken) : null;
        if (court is null)
        {
            court = new Court(Input.CourtName!.Trim(), await FreeSlugAsync(Db.Courts.IgnoreQueryFilters().Select(c => c.Slug), Slugs.From(Input.CourtName), cancellationToken), Input.CourtCountry!.Trim())
            {
                Town = string.IsNullOrWhiteSpace(Input.CourtTown) ? null : Input.CourtTown.Trim(),
            };
            Db.Courts.Add(court);
        }
        var @case = Input.CaseId is int caseId ? await Db.Cases.FirstAsync(c => c.Id == caseId, cancellationToken) : null;
        if (@case is null)
        {
            @case = new Case(string.IsNullOrWhiteSpace(Input.CaseTitle) ? $"{person.DisplayName}: {court.Name}" : Input.CaseTitle.Trim(), Input.CaseKind) { Court = court };
            @case.AddParty(person, Input.CaseKind == CaseKind.CriminalTrial ? PartyRole.Defendant : PartyRole.Applicant);
            Db.Cases.Add(@case);
        }
        var ruling = new Ruling(@case, court, person, Input.Outcome)
        {
            Date = date,
            Verdict = Input.Verdict,
            Summary = string.IsNullOrWhiteSpace(Input.Summary) ? null : Input.Summary.Trim(),
            Charges = [.. Input.Charges],
        };
        Db.Rulings.Add(ruling);
        source.Citations.Add(new Citation { Source = source, Ruling = ruling, Quote = Input.Quote.Trim() });

        // One save: the source, person, court, case, ruling and citation, and their history, or nothing.
        if (await CreateOnceAsync(ruling, "The ruling is saved with its source. It is public once its source has a title and an outlet.", cancellationToken) is { } made)
        {
            return made;
        }
        return Page();
    }

    private static async Task<string> FreeSlugAsync(IQueryable<string> taken, string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await taken.AnyAsync(s => s == candidate, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    public class NewRulingInput
    {
        [Display(Name = "An article already in the archive")]
        public int? SourceId { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the address under 2,000 characters.")]
        [PublicAddress]
        [Display(Name = "Web address")]
        public string? SourceUrl { get; set; }

        [StringLength(200, ErrorMessage = "Keep the outlet under 200 characters.")]
        [Display(Name = "Outlet (e.g. RFE/RL)")]
        public string? SourceOutlet { get; set; }

        [StringLength(500, ErrorMessage = "Keep the title under 500 characters.")]
        [Display(Name = "Title")]
        public string? SourceTitle { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Published on")]
        public DateOnly? SourcePublishedOn { get; set; }

        [StringLength(2 * 1024 * 1024, ErrorMessage = "The text is longer than an article can be (2 MB).")]
        [Display(Name = "The article's text (or leave empty: the quote is kept as the text)")]
        public string? SourceText { get; set; }

        [Required(ErrorMessage = "Copy the sentence of the article the ruling rests on.")]
        [StringLength(4000, ErrorMessage = "Keep the quote under 4,000 characters.")]
        [Display(Name = "The sentence that reports the ruling, verbatim")]
        public string Quote { get; set; } = string.Empty;

        [Display(Name = "Person")]
        public int? PersonId { get; set; }

        [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
        [Display(Name = "Or a new person's name")]
        public string? PersonName { get; set; }

        [Display(Name = "Their other spellings, one per line")]
        public string? PersonOtherNames { get; set; }

        [Display(Name = "Court")]
        public int? CourtId { get; set; }

        [StringLength(300, ErrorMessage = "Keep the court's name under 300 characters.")]
        [Display(Name = "Or a new court's name")]
        public string? CourtName { get; set; }

        [StringLength(200)]
        [Display(Name = "Its town")]
        public string? CourtTown { get; set; }

        [StringLength(100)]
        [Display(Name = "Its country")]
        public string? CourtCountry { get; set; }

        [Display(Name = "Case")]
        public int? CaseId { get; set; }

        [StringLength(500)]
        [Display(Name = "Or a new case's title (empty: the person and the court)")]
        public string? CaseTitle { get; set; }

        [Display(Name = "Kind of case")]
        public CaseKind CaseKind { get; set; } = CaseKind.CriminalTrial;

        public DateInput Date { get; set; } = new();

        [Display(Name = "Outcome for the person's presence")]
        public Outcome Outcome { get; set; }

        public Verdict? Verdict { get; set; }

        [Display(Name = "Charges (pick one or more from the list)")]
        public List<string> Charges { get; set; } = [];

        [StringLength(4000)]
        public string? Summary { get; set; }

        /// <summary>What is picked or made here: one of each, and a new source's title and outlet (a source without them is never published).</summary>
        public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
        {
            // Charges as the list writes them; a charge the list lacks is refused (Choices.Controlled).
            Charges = Choices.Controlled(CaseArchive.Core.ControlledLists.Charges, Charges, modelState, "Input.Charges");
            if (SourceId is null && string.IsNullOrWhiteSpace(SourceTitle))
            {
                modelState.AddModelError("Input.SourceTitle", "Enter the article's title, or choose an article already in the archive.");
            }
            if (SourceId is null && string.IsNullOrWhiteSpace(SourceOutlet))
            {
                modelState.AddModelError("Input.SourceOutlet", "Enter the outlet that published it: a source without one cannot be published.");
            }
            if (PersonId is null && string.IsNullOrWhiteSpace(PersonName))
            {
                modelState.AddModelError("Input.PersonName", "Choose the person, or enter a new person's name.");
            }
            if (CourtId is null && (string.IsNullOrWhiteSpace(CourtName) || string.IsNullOrWhiteSpace(CourtCountry)))
            {
                modelState.AddModelError("Input.CourtName", "Choose the court, or enter a new court's name and country.");
            }
        }
    }
}
