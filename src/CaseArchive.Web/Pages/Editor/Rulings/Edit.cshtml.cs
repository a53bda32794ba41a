using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Rulings;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public RulingInput Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>The ruling's public address key (the id is the editors' own).</summary>
    public string? PublicKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var ruling = await Db.Rulings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (ruling is null)
            {
                return NotFound();
            }
            Input = RulingInput.From(ruling);
            PublicKey = ruling.Key;
        }
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null && await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        Id = id;
        var date = Input.Date.Read(ModelState, "Input.Date");
        Input.Validate(ModelState);
        if (id is null && Input.CaseId is null)
        {
            ModelState.AddModelError("Input.CaseId", "Choose the case this ruling decides.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Ruling? ruling;
        if (id is null)
        {
            var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == Input.CaseId, cancellationToken);
            var court = await Db.Courts.FirstOrDefaultAsync(c => c.Id == Input.CourtId, cancellationToken);
            var person = await Db.Persons.FirstOrDefaultAsync(p => p.Id == Input.PersonId, cancellationToken);
            if (@case is null || court is null || person is null)
            {
                ModelState.AddModelError(string.Empty, "The case, court or person chosen no longer exists: choose again.");
                return Page();
            }
            ruling = new Ruling(@case, court, person, Input.Outcome);
            Db.Rulings.Add(ruling);
        }
        else
        {
            ruling = await Db.Rulings.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (ruling is null)
            {
                return NotFound();
            }
        }
        Input.ApplyTo(ruling, date);

        if (ruling.Id == 0)
        {
            return await CreateOnceAsync(ruling, "The ruling is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(ruling, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The ruling is saved.";
        return Redirect($"/editor/rulings/edit/{ruling.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var ruling = await Db.Rulings.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (ruling is null)
        {
            return NotFound();
        }
        ruling.Delete();
        if (await SaveAsync(ruling, Input.Version, cancellationToken) is not null)
        {
            Id = id;
            Input = RulingInput.From(await Db.Rulings.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The ruling is deleted. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/ruling/{id}");
    }


    public class RulingInput
    {
        public uint Version { get; set; }

        [Display(Name = "Case")]
        public int? CaseId { get; set; }

        [Required(ErrorMessage = "Choose the court that ruled.")]
        [Display(Name = "Court")]
        public int? CourtId { get; set; }

        [Required(ErrorMessage = "Choose the person the ruling is about.")]
        [Display(Name = "Person the ruling decides")]
        public int? PersonId { get; set; }

        public DateInput Date { get; set; } = new();

        public Outcome Outcome { get; set; } = Outcome.Unknown;
        public Verdict? Verdict { get; set; }

        [Display(Name = "Kind of sentence")]
        public SentenceKind? SentenceKind { get; set; }

        [Range(1, 600, ErrorMessage = "A sentence is between 1 and 600 months long.")]
        [Display(Name = "Length in months")]
        public int? SentenceMonths { get; set; }

        [StringLength(100, ErrorMessage = "Keep the fine under 100 characters, e.g. \"25,000 tenge\".")]
        [Display(Name = "Fine, with its currency")]
        public string? FineAmount { get; set; }

        [Display(Name = "Fine's amount, as a number")]
        public decimal? FineValue { get; set; }

        [Display(Name = "Fine's currency (ISO 4217)")]
        public string? FineCurrency { get; set; }

        [Display(Name = "Judge")]
        public int? JudgeId { get; set; }

        [Display(Name = "Prosecutor")]
        public int? ProsecutorId { get; set; }

        [StringLength(500, ErrorMessage = "Keep this under 500 characters.")]
        [Display(Name = "What the prosecutor asked for")]
        public string? ProsecutorSought { get; set; }

        [Display(Name = "Charges (pick one or more from the list)")]
        public List<string> Charges { get; set; } = [];

        [StringLength(4000, ErrorMessage = "Keep the summary under 4,000 characters.")]
        public string? Summary { get; set; }

        public static RulingInput From(Ruling r) => new()
        {
            Version = r.Version,
            CaseId = r.CaseId,
            CourtId = r.CourtId,
            PersonId = r.PersonId,
            Date = DateInput.From(r.Date),
            Outcome = r.Outcome,
            Verdict = r.Verdict,
            SentenceKind = r.SentenceKind,
            SentenceMonths = r.SentenceMonths,
            FineAmount = r.FineAmount,
            FineValue = r.FineValue,
            FineCurrency = r.FineCurrency,
            JudgeId = r.JudgeId,
            ProsecutorId = r.ProsecutorId,
            ProsecutorSought = r.ProsecutorSought,
            Charges = [.. r.Charges],
            Summary = r.Summary,
        };

        /// <summary>The ruling's own rules (<see cref="Ruling.SetSentence"/>), said beside the fields.</summary>
        public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
        {
            // Charges as the list writes them; a charge the list lacks is refused (Choices.Controlled).
            Charges = Choices.Controlled(CaseArchive.Core.ControlledLists.Charges, Charges, modelState, "Input.Charges");
            if (SentenceKind is null && (SentenceMonths is not null || !string.IsNullOrWhiteSpace(FineAmount)))
            {
                modelState.AddModelError("Input.SentenceKind", "Choose the kind of sentence that this length or fine belongs to.");
            }
            if (!string.IsNullOrWhiteSpace(FineAmount) && SentenceKind is not null && SentenceKind != CaseArchive.Core.SentenceKind.Fine)
            {
                modelState.AddModelError("Input.FineAmount", "Only a fine has an amount: clear it, or choose \"fine\" as the kind of sentence.");
            }
            FineRules.Check(FineValue, FineCurrency, SentenceKind, modelState, "Input");
        }

        public void ApplyTo(Ruling ruling, PartialDate? date)
        {
            ruling.CourtId = CourtId!.Value;
            ruling.PersonId = PersonId!.Value;
            ruling.Date = date;
            ruling.Outcome = Outcome;
            ruling.Verdict = Verdict;
            ruling.SetSentence(SentenceKind, SentenceMonths, string.IsNullOrWhiteSpace(FineAmount) ? null : FineAmount);
            ruling.SetFine(FineValue, string.IsNullOrWhiteSpace(FineCurrency) ? null : FineCurrency.Trim().ToUpperInvariant());
            ruling.JudgeId = JudgeId;
            ruling.ProsecutorId = ProsecutorId;
            ruling.ProsecutorSought = Blank(ProsecutorSought);
            ruling.Charges = [.. Charges];
            ruling.Summary = Blank(Summary);
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
