using System.ComponentModel.DataAnnotations;
using CaseArchive.Core.Contract;
using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Imports;

/// <summary>
/// One import under review: the article with each proposal's sentence marked, the proposals as a form
/// (keep or reject each, correct any field, say a match is someone else), and publishing, which turns
/// what was kept into records citing the article.
/// </summary>
public class ReviewModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public ArticleImport Import { get; private set; } = null!;

    /// <summary>The article's text with the sentences the proposals rest on marked.</summary>
    public ArticleMarks Article { get; private set; } = new(string.Empty, []);

    /// <summary>For each proposed person (by index), the existing person the name matches and why.</summary>
    public IReadOnlyDictionary<int, RecordMatcher.Match<Person>> PersonMatches { get; private set; } = new Dictionary<int, RecordMatcher.Match<Person>>();

    /// <summary>For each proposed ruling (by index), the existing court it matches and why.</summary>
    public IReadOnlyDictionary<int, RecordMatcher.Match<Court>> CourtMatches { get; private set; } = new Dictionary<int, RecordMatcher.Match<Court>>();

    /// <summary>After publishing: the records that cite the article.</summary>
    public IReadOnlyList<PublishedRecord> Published { get; private set; } = [];

    public sealed record PublishedRecord(string Kind, string Label, string EditorAddress, string? PublicAddress);

    public bool IsPending => Import.Status == ImportStatus.Pending;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadImportAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input = ReviewInput.From(ArticleImporter.ReviewOf(Import), Import.Version);
        await DescribeAsync(cancellationToken);
        return Page();
    }

    /// <summary>A form sent without a button's handler (no script, an old browser) only saves: nothing is published.</summary>
    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => OnPostSaveAsync(id, cancellationToken);

    /// <summary>Saves the review for later: nothing is published.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadImportAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }
        if (await SaveReviewAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        TempData["Saved"] = "Your review is saved. Nothing is published until you publish it.";
        return Redirect($"/editor/imports/{id}");
    }

    /// <summary>Saves the review and turns what it keeps into records citing the article.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadImportAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }
        if (IsPending && !await Db.Sources.AsQueryable().Where(s => s.Id == Import.SourceId).AnyAsync(PublicQueries.SourceIsPublished, cancellationToken))
        {
            ModelState.AddModelError(string.Empty,
                "The article has no title or no outlet, and a source without them cannot be published. Save your review, "
                + "give the source its title and outlet (“The source” above), then publish.");
            await DescribeAsync(cancellationToken);
            return Page();
        }
        if (await SaveReviewAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        await new ArticleImporter(Db, ArticleExtractor.Instance).AcceptAsync(id, cancellationToken);
        TempData["Saved"] = "Published: the records below now cite the article.";
        return Redirect($"/editor/imports/{id}");
    }

    /// <summary>Rejects the whole article: nothing of it is added to the archive.</summary>
    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadImportAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }
        if (!IsPending)
        {
            return await NotPendingAsync(cancellationToken);
        }
        Import.Reject();
        if (await SaveAsync(Import, Input.Version, cancellationToken) is not null)
        {
            return await ConflictPageAsync(cancellationToken);
        }
        TempData["Saved"] = "The article is rejected: nothing of it was added. You can reopen it.";
        return Redirect($"/editor/imports/{id}");
    }

    /// <summary>Takes a rejection back: the import is pending review again.</summary>
    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadImportAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }
        if (Import.Status != ImportStatus.Rejected)
        {
            return await NotPendingAsync(cancellationToken);
        }
        Import.Reopen();
        if (await SaveAsync(Import, Input.Version, cancellationToken) is not null)
        {
            return await ConflictPageAsync(cancellationToken);
        }
        TempData["Saved"] = "The import is open for review again.";
        return Redirect($"/editor/imports/{id}");
    }

    /// <summary>Validates the form and stores the review; the page to show instead when it cannot.</summary>
    private async Task<IActionResult?> SaveReviewAsync(CancellationToken cancellationToken)
    {
        if (!IsPending)
        {
            return await NotPendingAsync(cancellationToken);
        }
        var review = Input.ToReview(ArticleImporter.ReviewOf(Import).Kept.Source, Import.Source.Text, ModelState);
        if (!ModelState.IsValid || review is null)
        {
            await DescribeAsync(cancellationToken);
            return Page();
        }
        Import.SaveReview(review.ToJson());
        if (await SaveAsync(Import, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return await ConflictPageAsync(cancellationToken);
        }
        return null;
    }

    private async Task<IActionResult> NotPendingAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, $"This import is already {Display.Words(Import.Status)}: nothing was changed.");
        Input = ReviewInput.From(ArticleImporter.ReviewOf(Import), Import.Version);
        await DescribeAsync(cancellationToken);
        return Page();
    }

    /// <summary>Someone else saved the import first: their review is kept, this editor's form stays on screen.</summary>
    private async Task<IActionResult> ConflictPageAsync(CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        await LoadImportAsync(Import.Id, cancellationToken);
        ModelState.AddModelError(string.Empty,
            "Someone else saved this import while you were reviewing it, so nothing was saved. Your form is as you left it: "
            + "save again to replace their review, or open the import again to see theirs.");
        await DescribeAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadImportAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = Db.Imports.Include(i => i.Source).Where(i => i.Id == id);
        var import = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (import is null)
        {
            return false;
        }
        Import = import;
        return true;
    }

    /// <summary>What the page shows around the form: the marked article, the matches, the published records.</summary>
    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        Input.EnsureBlankRows();
        Article = new ArticleMarks(Import.Source.Text, Input.Quotes());
        var persons = new Dictionary<int, RecordMatcher.Match<Person>>();
        for (var i = 0; i < Input.Persons.Count; i++)
        {
            var proposed = Input.Persons[i];
            if (!string.IsNullOrWhiteSpace(proposed.Name)
                && await RecordMatcher.FindPersonAsync(Db, proposed.Name, Choices.Lines(proposed.OtherNames), cancellationToken) is { } match)
            {
                persons[i] = match;
            }
        }
        PersonMatches = persons;
        var courts = new Dictionary<int, RecordMatcher.Match<Court>>();
        for (var i = 0; i < Input.Rulings.Count; i++)
        {
            var ruling = Input.Rulings[i];
            if ((ruling.Court ?? ruling.City) is { Length: > 0 }
                && await RecordMatcher.FindCourtAsync(Db, ruling.Court ?? $"{ruling.City} court", ruling.City, ruling.Country, cancellationToken) is { } match)
            {
                courts[i] = match;
            }
        }
        CourtMatches = courts;
        if (Import.Status == ImportStatus.Accepted)
        {
            Published = await PublishedRecordsAsync(cancellationToken);
        }
        Db.ChangeTracker.Clear();
    }

    private async Task<IReadOnlyList<PublishedRecord>> PublishedRecordsAsync(CancellationToken cancellationToken)
    {
        var citations = Db.Citations.AsNoTracking().Where(c => c.SourceId == Import.SourceId);
        var rulings = await citations.Where(c => c.Ruling != null)
            .Select(c => new { c.Ruling!.Id, c.Ruling.Key, Person = c.Ruling.Person.DisplayName, Court = c.Ruling.Court.Name })
            .Distinct().ToListAsync(cancellationToken);
        var persons = await citations.Where(c => c.Person != null)
            .Select(c => new { c.Person!.Id, c.Person.DisplayName, c.Person.Slug, c.Person.Visibility })
            .Distinct().ToListAsync(cancellationToken);
        return
        [
            .. rulings.OrderBy(r => r.Id).Select(r => new PublishedRecord("Ruling", $"{r.Person}, {r.Court}", $"/editor/rulings/edit/{r.Id}", $"/rulings/{r.Key}")),
            .. persons.OrderBy(p => p.Id).Select(p => new PublishedRecord("Person", p.DisplayName, $"/editor/persons/edit/{p.Id}",
                p.Visibility == PersonVisibility.Withheld ? null : $"/persons/{p.Slug}")),
        ];
    }

    /// <summary>The review as a form: every proposal, kept or rejected, with its fields; facts name persons by their row.</summary>
    public sealed class ReviewInput
    {
        public uint Version { get; set; }
        public List<PersonInput> Persons { get; set; } = [];
        public List<RulingInput> Rulings { get; set; } = [];
        public List<ClaimInput> Claims { get; set; } = [];
        public List<EventInput> Events { get; set; } = [];

        public static ReviewInput From(ImportReview review, uint version)
        {
            var input = new ReviewInput { Version = version };
            input.Persons.AddRange(review.Kept.Persons.Select(p => PersonInput.From(p, keep: true, review)));
            input.Persons.AddRange(review.Rejected.Persons.Select(p => PersonInput.From(p, keep: false, review)));
            // A fact may name someone the person list left out: they get a row, so the name is not lost.
            var named = review.Kept.Rulings.SelectMany(r => new[] { r.Person, r.Judge, r.Prosecutor })
                .Concat(review.Kept.DetentionClaims.Select(c => c.Person)).Concat(review.Kept.Events.Select(e => e.Person));
            foreach (var name in named.OfType<string>().Where(n => n.Trim().Length > 0))
            {
                if (input.RowOf(name) is null)
                {
                    input.Persons.Add(PersonInput.From(new PersonRecord(name.Trim(), [], [], null, null, null), keep: true, review));
                }
            }
            input.Rulings.AddRange(review.Kept.Rulings.Select((r, i) => RulingInput.From(r, true, input.RowOf, review.FineOf(i))));
            input.Rulings.AddRange(review.Rejected.Rulings.Select(r => RulingInput.From(r, false, input.RowOf)));
            input.Claims.AddRange(review.Kept.DetentionClaims.Select(c => ClaimInput.From(c, true, input.RowOf)));
            input.Claims.AddRange(review.Rejected.DetentionClaims.Select(c => ClaimInput.From(c, false, input.RowOf)));
            input.Events.AddRange(review.Kept.Events.Select(e => EventInput.From(e, true, input.RowOf)));
            input.Events.AddRange(review.Rejected.Events.Select(e => EventInput.From(e, false, input.RowOf)));
            return input;
        }

        /// <summary>The row of the person a fact names (any of their spellings), or null.</summary>
        private int? RowOf(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }
            var folded = NameFolding.Fold(name);
            var row = Persons.FindIndex(p => p.Name is not null
                && (NameFolding.Fold(p.Name) == folded || Choices.Lines(p.OtherNames).Any(o => NameFolding.Fold(o) == folded)));
            return row < 0 ? null : row;
        }

        /// <summary>One empty row of each kind, for a fact the importer missed.</summary>
        public void EnsureBlankRows()
        {
            if (Persons.Count == 0 || !Persons[^1].IsBlank)
            {
                Persons.Add(new PersonInput());
            }
            if (Rulings.Count == 0 || !Rulings[^1].IsBlank)
            {
                Rulings.Add(new RulingInput());
            }
            if (Claims.Count == 0 || !Claims[^1].IsBlank)
            {
                Claims.Add(new ClaimInput());
            }
            if (Events.Count == 0 || !Events[^1].IsBlank)
            {
                Events.Add(new EventInput());
            }
        }

        /// <summary>Every quote of the form, for marking the article.</summary>
        public IEnumerable<string> Quotes() =>
            Rulings.Select(r => r.Quote).Concat(Claims.Select(c => c.Quote)).Concat(Events.Select(e => e.Quote))
                .Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q!.Trim());

        /// <summary>The review the form says, or null with the reasons beside the fields when it says something impossible.</summary>
        public ImportReview? ToReview(SourceInfo source, string articleText, ModelStateDictionary modelState)
        {
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Persons.Count; i++)
            {
                var person = Persons[i];
                if (!person.Keep || person.IsBlank)
                {
                    if (person.Keep)
                    {
                        modelState.AddModelError($"Input.Persons[{i}].Name", "A person you keep needs a name.");
                    }
                    continue;
                }
                var folded = NameFolding.Fold(person.Name);
                if (folded.Length == 0)
                {
                    modelState.AddModelError($"Input.Persons[{i}].Name", "A person's name needs letters.");
                }
                else if (names.TryGetValue(folded, out var other))
                {
                    modelState.AddModelError($"Input.Persons[{i}].Name", $"\"{Persons[other].Name}\" is kept already (row {other + 1}): keep one of the two.");
                }
                else
                {
                    names[folded] = i;
                }
                if (person.Pseudonymise)
                {
                    var pseudonym = Clean(person.Pseudonym);
                    if (person.Withhold)
                    {
                        modelState.AddModelError($"Input.Persons[{i}].Pseudonym", "Withhold or pseudonymise: choose one (a withheld person appears nowhere public, not even under a pseudonym).");
                    }
                    else if (pseudonym is null)
                    {
                        modelState.AddModelError($"Input.Persons[{i}].Pseudonym", "Give the pseudonym the public will see (for example \"A. K.\").");
                    }
                    else if (Choices.Lines(person.OtherNames).Prepend(person.Name!).Any(n => NameFolding.Fold(n) == NameFolding.Fold(pseudonym)))
                    {
                        modelState.AddModelError($"Input.Persons[{i}].Pseudonym", "A pseudonym must not be one of the person's own names.");
                    }
                }
                foreach (var role in person.Roles.Where(r => !IsRole(r)))
                {
                    modelState.AddModelError($"Input.Persons[{i}].Roles", $"\"{role}\" is not a role this archive knows.");
                }
            }

            string? PersonOf(int? row, string field, bool keep, bool required)
            {
                if (row is null)
                {
                    if (required && keep)
                    {
                        modelState.AddModelError(field, "Choose the person this is about.");
                    }
                    return null;
                }
                if (row < 0 || row >= Persons.Count || Persons[row.Value].IsBlank)
                {
                    modelState.AddModelError(field, "Choose one of the persons above.");
                    return null;
                }
                if (keep && !Persons[row.Value].Keep)
                {
                    modelState.AddModelError(field, $"{Persons[row.Value].Name} is rejected above: keep them, or reject this too.");
                }
                return Persons[row.Value].Name!.Trim();
            }

            void CheckQuote(string? quote, string field, bool keep)
            {
                if (string.IsNullOrWhiteSpace(quote))
                {
                    if (keep)
                    {
                        modelState.AddModelError(field, "Copy the sentence of the article this rests on.");
                    }
                }
                else if (!articleText.Contains(quote.Trim(), StringComparison.Ordinal))
                {
                    modelState.AddModelError(field, "The quote must be a sentence of the article, word for word: copy it from the text.");
                }
            }

            var keptRulings = new List<RulingRecord>();
            var keptFines = new List<ReviewedFine?>();
            var rejectedRulings = new List<RulingRecord>();
            for (var i = 0; i < Rulings.Count; i++)
            {
                var r = Rulings[i];
                if (r.IsBlank)
                {
                    continue;
                }
                var prefix = $"Input.Rulings[{i}]";
                var person = PersonOf(r.Person, $"{prefix}.Person", r.Keep, required: true);
                var judge = PersonOf(r.Judge, $"{prefix}.Judge", r.Keep, required: false);
                var prosecutor = PersonOf(r.Prosecutor, $"{prefix}.Prosecutor", r.Keep, required: false);
                var date = r.Date.Read(modelState, $"{prefix}.Date");
                CheckQuote(r.Quote, $"{prefix}.Quote", r.Keep);
                if (r.Court is null && r.City is null && r.Keep)
                {
                    modelState.AddModelError($"{prefix}.Court", "Name the court, or at least its town.");
                }
                if (r.SentenceMonths is not null && r.SentenceKind is null)
                {
                    modelState.AddModelError($"{prefix}.SentenceKind", "Say what kind of sentence lasts that many months.");
                }
                // A kept ruling's charges must be on the list; a rejected one keeps what the extractor said.
                var charges = r.Keep ? Choices.Controlled(CaseArchive.Core.ControlledLists.Charges, r.Charges, modelState, $"{prefix}.Charges") : r.Charges;
                var currency = FineRules.Check(r.FineValue, r.FineCurrency, r.SentenceKind, modelState, prefix);
                var record = new RulingRecord(person ?? string.Empty, Clean(r.Court), Clean(r.City), Clean(r.Country), date, date?.Inferred ?? false,
                    judge, prosecutor, charges, r.Verdict,
                    r.SentenceKind is null ? null : new SentenceRecord(r.SentenceKind, r.SentenceKind == SentenceKind.Fine ? null : r.SentenceMonths),
                    r.Outcome, Clean(r.Quote));
                (r.Keep ? keptRulings : rejectedRulings).Add(record);
                if (r.Keep)
                {
                    keptFines.Add(r.FineValue is { } value && currency is not null ? new ReviewedFine(value, currency) : null);
                }
            }

            var keptClaims = new List<DetentionClaimRecord>();
            var rejectedClaims = new List<DetentionClaimRecord>();
            for (var i = 0; i < Claims.Count; i++)
            {
                var c = Claims[i];
                if (c.IsBlank)
                {
                    continue;
                }
                var prefix = $"Input.Claims[{i}]";
                var person = PersonOf(c.Person, $"{prefix}.Person", c.Keep, required: true);
                CheckQuote(c.Quote, $"{prefix}.Quote", c.Keep);
                if (c.Kind is null)
                {
                    modelState.AddModelError($"{prefix}.Kind", "Choose what the person says happened.");
                    continue;
                }
                var record = new DetentionClaimRecord(person ?? string.Empty, c.Kind.Value, Clean(c.Facility), Clean(c.Place), Clean(c.Period), Clean(c.Quote));
                (c.Keep ? keptClaims : rejectedClaims).Add(record);
            }

            var keptEvents = new List<EventRecord>();
            var rejectedEvents = new List<EventRecord>();
            for (var i = 0; i < Events.Count; i++)
            {
                var e = Events[i];
                if (e.IsBlank)
                {
                    continue;
                }
                var prefix = $"Input.Events[{i}]";
                var person = PersonOf(e.Person, $"{prefix}.Person", e.Keep, required: true);
                var date = e.Date.Read(modelState, $"{prefix}.Date");
                CheckQuote(e.Quote, $"{prefix}.Quote", e.Keep);
                if (e.Kind is null)
                {
                    modelState.AddModelError($"{prefix}.Kind", "Choose what happened.");
                    continue;
                }
                var record = new EventRecord(person ?? string.Empty, e.Kind.Value, date, date?.Inferred ?? false, Clean(e.Place), Clean(e.Quote));
                (e.Keep ? keptEvents : rejectedEvents).Add(record);
            }

            if (!modelState.IsValid)
            {
                return null;
            }
            var persons = Persons.Where(p => !p.IsBlank).ToList();
            var kept = new ExtractionResult(source,
                [.. persons.Where(p => p.Keep).Select(p => p.ToRecord())], CourtsOf(keptRulings), keptRulings, keptClaims, keptEvents);
            var rejected = new ExtractionResult(source,
                [.. persons.Where(p => !p.Keep).Select(p => p.ToRecord())], CourtsOf(rejectedRulings), rejectedRulings, rejectedClaims, rejectedEvents);
            return new ImportReview(kept, rejected,
                [.. persons.Where(p => p.NotTheMatch).Select(p => p.Name!.Trim())],
                [.. persons.Where(p => p.Withhold).Select(p => p.Name!.Trim())],
                persons.Where(p => p.Pseudonymise && !p.Withhold).ToDictionary(p => p.Name!.Trim(), p => p.Pseudonym!.Trim(), StringComparer.Ordinal),
                keptFines);
        }

        private static List<CourtRecord> CourtsOf(IEnumerable<RulingRecord> rulings) =>
            [.. rulings.Select(r => new CourtRecord(r.Court, r.City, r.Country)).Distinct()];
    }

    public sealed class PersonInput
    {
        public bool Keep { get; set; }

        [StringLength(300, ErrorMessage = "A name is at most 300 characters.")]
        public string? Name { get; set; }

        /// <summary>Other spellings, one per line.</summary>
        [StringLength(3000, ErrorMessage = "That is more spellings than a person has (3,000 characters).")]
        [Display(Name = "Other spellings, one per line")]
        public string? OtherNames { get; set; }

        public List<string> Roles { get; set; } = [];

        [StringLength(100, ErrorMessage = "At most 100 characters.")]
        public string? Ethnicity { get; set; }

        [StringLength(100, ErrorMessage = "At most 100 characters.")]
        public string? Citizenship { get; set; }

        [RegularExpression("^(female|male)$", ErrorMessage = "Choose female, male, or leave it empty.")]
        public string? Gender { get; set; }

        /// <summary>The existing person the importer matched is someone else: a new record is made.</summary>
        public bool NotTheMatch { get; set; }

        /// <summary>Published withheld: the person appears on no public page (family still in the country fled, say).</summary>
        public bool Withhold { get; set; }

        /// <summary>Published pseudonymised: the public sees only <see cref="Pseudonym"/>, from the first moment.</summary>
        public bool Pseudonymise { get; set; }

        [StringLength(100, ErrorMessage = "A pseudonym is at most 100 characters.")]
        public string? Pseudonym { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name);

        public static PersonInput From(PersonRecord p, bool keep, ImportReview review) => new()
        {
            Keep = keep,
            Name = p.Name,
            OtherNames = string.Join('\n', p.OtherNames),
            Roles = [.. p.Roles.Select(r => r.ToString())],
            Ethnicity = p.Ethnicity,
            Citizenship = p.Citizenship,
            Gender = p.Gender,
            NotTheMatch = review.IsNewPerson(p.Name),
            Withhold = review.IsWithheld(p.Name),
            Pseudonymise = review.PseudonymOf(p.Name) is not null,
            Pseudonym = review.PseudonymOf(p.Name),
        };

        public PersonRecord ToRecord() => new(Name!.Trim(), Choices.Lines(OtherNames),
            [.. Roles.Select(r => Enum.Parse<PersonRole>(r)).Distinct()], Clean(Ethnicity), Clean(Citizenship), Clean(Gender));
    }

    public sealed class RulingInput
    {
        public bool Keep { get; set; }
        public int? Person { get; set; }

        [StringLength(300, ErrorMessage = "At most 300 characters.")]
        public string? Court { get; set; }

        [StringLength(100, ErrorMessage = "At most 100 characters.")]
        public string? City { get; set; }

        [StringLength(100, ErrorMessage = "At most 100 characters.")]
        public string? Country { get; set; }

        public DateInput Date { get; set; } = new();
        public int? Judge { get; set; }
        public int? Prosecutor { get; set; }

        /// <summary>Charges picked from the list (the extractor's phrases mapped to it where it knows them).</summary>
        public List<string> Charges { get; set; } = [];

        public Verdict? Verdict { get; set; }
        public SentenceKind? SentenceKind { get; set; }

        [Range(1, 600, ErrorMessage = "A sentence is between 1 and 600 months.")]
        public int? SentenceMonths { get; set; }

        [Display(Name = "Fine's amount, as a number")]
        public decimal? FineValue { get; set; }

        [Display(Name = "Fine's currency (ISO 4217)")]
        public string? FineCurrency { get; set; }

        public Outcome? Outcome { get; set; }

        [StringLength(4000, ErrorMessage = "A quote is one sentence (at most 4,000 characters).")]
        public string? Quote { get; set; }

        public bool IsBlank => !Keep && Person is null && string.IsNullOrWhiteSpace(Quote) && Court is null && City is null;

        public static RulingInput From(RulingRecord r, bool keep, Func<string?, int?> rowOf, ReviewedFine? fine = null) => new()
        {
            FineValue = fine?.Value,
            FineCurrency = fine?.Currency,
            Keep = keep,
            Person = rowOf(r.Person),
            Court = r.Court,
            City = r.City,
            Country = r.Country,
            Date = DateInput.From(r.Date),
            Judge = rowOf(r.Judge),
            Prosecutor = rowOf(r.Prosecutor),
            Charges = [.. r.Charges.Select(c => CaseArchive.Core.ControlledLists.Charges.Find(c)?.Code ?? c)],
            Verdict = r.Verdict,
            SentenceKind = r.Sentence?.Kind,
            SentenceMonths = r.Sentence?.Months,
            Outcome = r.Outcome,
            Quote = r.Quote,
        };
    }

    public sealed class ClaimInput
    {
        public bool Keep { get; set; }
        public int? Person { get; set; }
        public ClaimKind? Kind { get; set; }

        [StringLength(200, ErrorMessage = "At most 200 characters.")]
        public string? Facility { get; set; }

        [StringLength(200, ErrorMessage = "At most 200 characters.")]
        public string? Place { get; set; }

        [StringLength(100, ErrorMessage = "At most 100 characters.")]
        public string? Period { get; set; }

        [StringLength(4000, ErrorMessage = "A quote is one sentence (at most 4,000 characters).")]
        public string? Quote { get; set; }

        public bool IsBlank => !Keep && Person is null && string.IsNullOrWhiteSpace(Quote);

        public static ClaimInput From(DetentionClaimRecord c, bool keep, Func<string?, int?> rowOf) => new()
        {
            Keep = keep,
            Person = rowOf(c.Person),
            Kind = c.Kind,
            Facility = c.Facility,
            Place = c.Place,
            Period = c.Period,
            Quote = c.Quote,
        };
    }

    public sealed class EventInput
    {
        public bool Keep { get; set; }
        public int? Person { get; set; }
        public EventKind? Kind { get; set; }
        public DateInput Date { get; set; } = new();

        [StringLength(200, ErrorMessage = "At most 200 characters.")]
        public string? Place { get; set; }

        [StringLength(4000, ErrorMessage = "A quote is one sentence (at most 4,000 characters).")]
        public string? Quote { get; set; }

        public bool IsBlank => !Keep && Person is null && string.IsNullOrWhiteSpace(Quote);

        public static EventInput From(EventRecord e, bool keep, Func<string?, int?> rowOf) => new()
        {
            Keep = keep,
            Person = rowOf(e.Person),
            Kind = e.Kind,
            Date = DateInput.From(e.Date),
            Place = e.Place,
            Quote = e.Quote,
        };
    }

    /// <summary>A role's name as the form posts it ("Judge"); numbers and unknown words are not roles.</summary>
    private static bool IsRole(string text) => Enum.GetNames<PersonRole>().Contains(text, StringComparer.Ordinal);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
