using System.ComponentModel.DataAnnotations;
using CaseArchive.Core;
using CaseArchive.Domain;
using CaseArchive.Domain.Importing;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Persons;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? PublicSlug { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var person = await Db.Persons.AsNoTracking().Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }
            Input = PersonInput.From(person);
            PublicSlug = person.Visibility == PersonVisibility.Withheld ? null : person.Slug;
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
        Input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Person? person;
        if (id is null && !ConfirmedNew
            && await RecordMatcher.FindPersonAsync(Db, Input.DisplayName, Choices.Lines(Input.OtherNames), cancellationToken) is { } same)
        {
            LikelySame = new("person", same.Record.DisplayName, $"/editor/persons/edit/{same.Record.Id}", same.Reason);
            return Page();
        }
        if (id is null)
        {
            // A pseudonymised person's address is made random by Pseudonymise (ApplyToAsync).
            var slug = await FreeSlugAsync(Input.Visibility == PersonVisibility.Pseudonymised ? OpaqueKeys.New() : Slugs.From(Input.DisplayName), null, cancellationToken);
            person = new Person(Input.DisplayName, slug);
            Db.Persons.Add(person);
        }
        else
        {
            person = await Db.Persons.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }
        }
        await Input.ApplyToAsync(person, (slug, ct) => FreeSlugAsync(slug, person.Id == 0 ? null : person.Id, ct), cancellationToken);

        if (person.Id == 0)
        {
            return await CreateOnceAsync(person, "The person is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(person, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The person is saved.";
        return Redirect($"/editor/persons/edit/{person.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var person = await Db.Persons.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Id = id;
        // Records about the person would be left pointing at nobody: they go first, or the person is merged.
        var rulings = await Db.Rulings.CountAsync(r => r.PersonId == id, cancellationToken);
        var claims = await Db.DetentionClaims.CountAsync(c => c.PersonId == id, cancellationToken);
        var events = await Db.Events.CountAsync(e => e.PersonId == id, cancellationToken);
        var parties = await Db.CaseParties.CountAsync(p => p.PersonId == id, cancellationToken);
        if (rulings + claims + events + parties > 0)
        {
            ModelState.AddModelError(string.Empty,
                $"This person cannot be deleted while records are about them ({rulings} rulings, {claims} detention claims, {events} events, {parties} case parts). " +
                "Delete those first, or merge the person into the right one.");
            Input = PersonInput.From(person);
            return Page();
        }
        person.Delete();
        if (await SaveAsync(person, Input.Version, cancellationToken) is not null)
        {
            Input = PersonInput.From(await Db.Persons.AsNoTracking().Include(p => p.Names).FirstAsync(p => p.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The person is deleted. Their history keeps them: restore them from there.";
        return Redirect($"/editor/history/person/{id}");
    }

    /// <summary>The slug, or the slug with a number, that no other person has.</summary>
    private async Task<string> FreeSlugAsync(string slug, int? personId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await Db.Persons.IgnoreQueryFilters().AnyAsync(p => p.Slug == candidate && p.Id != personId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    public class PersonInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Enter the person's name as editors know it.")]
        [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = string.Empty;

        [Display(Name = "Other spellings, one per line (transliterations, other alphabets)")]
        public string? OtherNames { get; set; }

        [Display(Name = "Who may see the person")]
        public PersonVisibility Visibility { get; set; } = PersonVisibility.Public;

        [StringLength(200, ErrorMessage = "Keep the pseudonym under 200 characters.")]
        [Display(Name = "Pseudonym shown to the public")]
        public string? Pseudonym { get; set; }

        [StringLength(100)]
        public string? Ethnicity { get; set; }

        [StringLength(100)]
        public string? Citizenship { get; set; }

        public Gender? Gender { get; set; }

        [Range(1900, 2030, ErrorMessage = "The year of birth must be between 1900 and 2030.")]
        [Display(Name = "Year of birth")]
        public int? BirthYear { get; set; }

        [StringLength(200)]
        [Display(Name = "Place of origin")]
        public string? PlaceOfOrigin { get; set; }

        [StringLength(100)]
        [Display(Name = "Country fled (from the list)")]
        public string? OriginCountry { get; set; }

        [StringLength(4000, ErrorMessage = "Keep the summary under 4,000 characters.")]
        public string? Summary { get; set; }

        /// <summary>The facts marked safe to show while the person is pseudonymised (none unless ticked).</summary>
        [Display(Name = "Safe to show under the pseudonym")]
        public List<PersonFact> ShownFacts { get; set; } = [];

        /// <summary>The label of a fact's checkbox: the field's own label.</summary>
        public static string FactLabel(PersonFact fact) => fact switch
        {
            PersonFact.PlaceOfOrigin => "Place of origin",
            PersonFact.OriginCountry => "Country fled",
            _ => fact.ToString(),
        };

        public static PersonInput From(Person p) => new()
        {
            Version = p.Version,
            DisplayName = p.DisplayName,
            OtherNames = string.Join('\n', p.Names.Select(n => n.Name)),
            Visibility = p.Visibility,
            Pseudonym = p.Pseudonym,
            Ethnicity = p.Ethnicity,
            Citizenship = p.Citizenship,
            Gender = p.Gender,
            BirthYear = p.BirthYear,
            PlaceOfOrigin = p.PlaceOfOrigin,
            OriginCountry = p.OriginCountry,
            Summary = p.Summary,
            ShownFacts = [.. p.FactsShownUnderPseudonym],
        };

        public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
        {
            // The country as the list writes it ("PRC", "china" -> China); a country the list lacks is refused.
            OriginCountry = Choices.Controlled(ControlledLists.Countries, OriginCountry, modelState, "Input.OriginCountry") ?? OriginCountry;
            if (Visibility == PersonVisibility.Pseudonymised)
            {
                if (string.IsNullOrWhiteSpace(Pseudonym))
                {
                    modelState.AddModelError("Input.Pseudonym", "A pseudonymised person needs the pseudonym the public will see, e.g. \"Defendant Q\".");
                }
                else if (NameFolding.Fold(Pseudonym) == NameFolding.Fold(DisplayName) || Choices.Lines(OtherNames).Any(n => NameFolding.Fold(n) == NameFolding.Fold(Pseudonym)))
                {
                    modelState.AddModelError("Input.Pseudonym", "The pseudonym must not be one of the person's own names.");
                }
            }
        }

        public async Task ApplyToAsync(Person person, Func<string, CancellationToken, Task<string>> freeSlug, CancellationToken cancellationToken)
        {
            person.Rename(DisplayName);
            person.ReplaceNames(Choices.Lines(OtherNames));
            switch (Visibility)
            {
                case PersonVisibility.Public:
                    // Back under the name: an address made from it (the pseudonym's random one is given up).
                    person.MakePublic(person.Visibility == PersonVisibility.Public ? person.Slug : await freeSlug(Slugs.From(DisplayName), cancellationToken));
                    break;
                case PersonVisibility.Withheld:
                    person.Withhold();
                    break;
                case PersonVisibility.Pseudonymised:
                    person.Pseudonymise(Pseudonym!);
                    break;
            }
            person.ShowUnderPseudonym(ShownFacts);
            person.Ethnicity = Blank(Ethnicity);
            person.Citizenship = Blank(Citizenship);
            person.Gender = Gender;
            person.BirthYear = BirthYear;
            person.PlaceOfOrigin = Blank(PlaceOfOrigin);
            person.OriginCountry = Blank(OriginCountry);
            person.Summary = Blank(Summary);
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
