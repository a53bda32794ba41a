using CaseArchive.Core.Contract;
using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseArchive.Domain.Importing;

/// <summary>
/// Brings a news article into the archive: stores its source and what the extractor proposes as an
/// import awaiting review (once per article), and, when an editor accepts it, turns the proposals into
/// records, each citing the source with the sentence it rests on. Each step is one transaction.
/// </summary>
public sealed class ArticleImporter(ArchiveDbContext db, IArticleExtractor extractor)
{
    public sealed record Result(ArticleImport Import, bool AlreadyImported);

    /// <summary>Reads, extracts and stores an article for review. Throws <see cref="ArticleFormatException"/> for input that is no article.</summary>
    public async Task<Result> ImportAsync(byte[] content, string? fileName, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        var (text, extraction) = extractor.Extract(content, fileName, published);
        var hash = Source.HashOf(text);

        var existing = await FindByHashAsync(hash, cancellationToken);
        if (existing is not null)
        {
            return new Result(existing, AlreadyImported: true);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var info = extraction.Source;
                var source = new Source(Truncate(info.Title ?? fileName ?? "Untitled article", 500)!, text)
                {
                    Outlet = Truncate(info.Outlet, 200),
                    Url = Truncate(PublicAddress.SafeOrNull(info.Url), 2000),
                    PublishedOn = info.PublishedOn,
                    Language = Truncate(info.Language, 8),
                };
                var import = new ArticleImport(source, ExtractionJson.Serialize(extraction), Truncate(fileName, 500));
                db.Imports.Add(import);
                await AddMatchesAsync(import, extraction, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Result(import, AlreadyImported: false);
            });
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another import of the same article won the race: that one is the import.
            db.ChangeTracker.Clear();
            return new Result(await FindByHashAsync(hash, cancellationToken) ?? throw new InvalidOperationException("The article's source exists but has no import.", e), AlreadyImported: true);
        }
    }

    /// <summary>What an editor is shown to review: their saved review, or else every proposal as the extractor made it.</summary>
    public static ImportReview ReviewOf(ArticleImport import) => import.ReviewJson is { } review
        ? ImportReview.FromJson(review)
        : ImportReview.KeepingAll(ExtractionJson.Deserialize(import.ExtractionJson));

    /// <summary>
    /// Turns the proposals of a pending import into records with citations, in one transaction: those the
    /// editor kept, as corrected, when the import was reviewed; every one when it was not (the --accept of the command line).
    /// </summary>
    public async Task AcceptAsync(int importId, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var import = await db.Imports.Include(i => i.Source).SingleOrDefaultAsync(i => i.Id == importId, cancellationToken)
                ?? throw new InvalidOperationException($"There is no import {importId}.");
            import.Accept();
            await new Acceptance(db, import.Source, ReviewOf(import)).RunAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private Task<ArticleImport?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        db.Imports.Include(i => i.Source).FirstOrDefaultAsync(i => i.Source.ContentHash == hash, cancellationToken);

    private async Task AddMatchesAsync(ArticleImport import, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        foreach (var person in extraction.Persons)
        {
            var match = await RecordMatcher.FindPersonAsync(db, person.Name, person.OtherNames, cancellationToken);
            if (match is not null)
            {
                import.Matches.Add(new ImportMatch { Kind = MatchKind.Person, ProposedName = Truncate(person.Name, 300)!, PersonId = match.Record.Id, Reason = Truncate(match.Reason, 1000)! });
            }
        }
        foreach (var court in extraction.Courts)
        {
            var match = await RecordMatcher.FindCourtAsync(db, court.Name, court.City, court.Country, cancellationToken);
            if (match is not null)
            {
                var proposed = court.Name ?? $"a court in {court.City}";
                import.Matches.Add(new ImportMatch { Kind = MatchKind.Court, ProposedName = Truncate(proposed, 300)!, CourtId = match.Record.Id, Reason = Truncate(match.Reason, 1000)! });
            }
        }
    }

    internal static string? Truncate(string? text, int length) =>
        text is null ? null : text.Length <= length ? text : text[..length];

    /// <summary>One acceptance: the records an extraction becomes, resolved against what the archive holds.</summary>
    private sealed class Acceptance(ArchiveDbContext db, Source source, ImportReview review)
    {
        private readonly ExtractionResult _extraction = review.Kept;
        private readonly Dictionary<string, Person> _persons = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Court> _courts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
        private readonly List<Ruling> _rulings = [];

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            foreach (var proposed in _extraction.Persons)
            {
                await PersonAsync(proposed, cancellationToken);
            }
            for (var i = 0; i < _extraction.Rulings.Count; i++)
            {
                await RulingAsync(_extraction.Rulings[i], review.FineOf(i), cancellationToken);
            }
            foreach (var proposed in _extraction.DetentionClaims)
            {
                var person = await PersonNamedAsync(proposed.Person, cancellationToken);
                var claim = new DetentionClaim(person, proposed.Kind)
                {
                    Facility = Truncate(proposed.Facility, 200),
                    Place = Truncate(proposed.Place, 200),
                    Period = Truncate(proposed.Period, 100),
                };
                db.DetentionClaims.Add(claim);
                Cite(proposed.Quote, c => c.DetentionClaim = claim);
            }
            foreach (var proposed in _extraction.Events)
            {
                var person = await PersonNamedAsync(proposed.Person, cancellationToken);
                var kind = proposed.Kind;
                var timelineEvent = new TimelineEvent(person, kind, proposed.Date) { Place = Truncate(proposed.Place, 200) };
                if (kind == EventKind.Ruling)
                {
                    var ruling = _rulings.FirstOrDefault(r => r.Person == person && Equals(r.Date, proposed.Date)) ?? _rulings.FirstOrDefault(r => r.Person == person);
                    timelineEvent.Ruling = ruling;
                    timelineEvent.Case = ruling?.Case;
                }
                db.Events.Add(timelineEvent);
                Cite(proposed.Quote, c => c.TimelineEvent = timelineEvent);
            }
        }

        private async Task<Person> PersonAsync(PersonRecord proposed, CancellationToken cancellationToken)
        {
            if (_persons.TryGetValue(NameFolding.Fold(proposed.Name), out var known))
            {
                return known;
            }
            // The editor may have said the person the importer matched is someone else.
            var match = review.IsNewPerson(proposed.Name) ? null : await RecordMatcher.FindPersonAsync(db, proposed.Name, proposed.OtherNames, cancellationToken);
            var person = match?.Record ?? new Person(proposed.Name, await UniqueSlugAsync(db.Persons.Select(p => p.Slug), proposed.Name, cancellationToken));
            if (match is null)
            {
                db.Persons.Add(person);
            }
            else
            {
                person.AddName(proposed.Name);
            }
            foreach (var other in proposed.OtherNames)
            {
                person.AddName(other);
            }
            // Before the first save, so the person is never public under their name, not even for a moment.
            if (review.IsWithheld(proposed.Name))
            {
                person.Withhold();
            }
            else if (review.PseudonymOf(proposed.Name) is { } pseudonym)
            {
                person.Pseudonymise(pseudonym);
            }
            person.Ethnicity ??= Truncate(proposed.Ethnicity, 100);
            person.Citizenship ??= Truncate(proposed.Citizenship, 100);
            person.Gender ??= proposed.Gender switch { "female" => Gender.Female, "male" => Gender.Male, _ => null };
            foreach (var key in proposed.OtherNames.Prepend(proposed.Name).Select(NameFolding.Fold))
            {
                _persons[key] = person;
            }
            Cite(SentenceNaming(proposed.Name), c => c.Person = person);
            return person;
        }

        /// <summary>The person a ruling, claim or event names; one the extraction did not list is added as proposed.</summary>
        private async Task<Person> PersonNamedAsync(string name, CancellationToken cancellationToken) =>
            _persons.TryGetValue(NameFolding.Fold(name), out var person)
                ? person
                : await PersonAsync(new PersonRecord(name, [], [], null, null, null), cancellationToken);

        private async Task RulingAsync(RulingRecord proposed, ReviewedFine? fine, CancellationToken cancellationToken)
        {
            var person = await PersonNamedAsync(proposed.Person, cancellationToken);
            var court = await CourtAsync(proposed.Court, proposed.City, proposed.Country, cancellationToken);
            var outcome = proposed.Outcome ?? Outcome.Unknown;
            // The extractor's phrases as the charge list writes them; one the list lacks is kept as said, never dropped.
            List<string> charges = [.. proposed.Charges.Select(c => ControlledLists.Charges.Find(c)?.Code ?? c).Distinct()];
            var @case = new Case(Truncate($"{person.DisplayName}: {CaseTitleOf(outcome, charges)}", 300)!, CaseKindOf(outcome))
            {
                Court = court,
                Status = CaseStatus.Decided,
                Charges = [.. charges],
            };
            var roles = _extraction.Persons.FirstOrDefault(p => NameFolding.Fold(p.Name) == NameFolding.Fold(proposed.Person))?.Roles ?? [];
            @case.AddParty(person, roles.Contains(PersonRole.Applicant) && !roles.Contains(PersonRole.Defendant) ? PartyRole.Applicant : PartyRole.Defendant);
            var ruling = new Ruling(@case, court, person, outcome)
            {
                Date = proposed.Date,
                Verdict = proposed.Verdict,
                Charges = [.. charges],
            };
            // The country the person fled, as the article states it: the country they are a citizen of, when a
            // court of another country hears them (a citizen tried at home tells nothing of a flight).
            if (person.OriginCountry is null && ControlledLists.Countries.Find(person.Citizenship) is { } citizenOf
                && citizenOf.Code != (ControlledLists.Countries.Find(court.Country)?.Code ?? court.Country))
            {
                person.OriginCountry = citizenOf.Code;
            }
            if (proposed.Judge is not null)
            {
                ruling.Judge = await PersonNamedAsync(proposed.Judge, cancellationToken);
                @case.AddParty(ruling.Judge, PartyRole.Judge);
            }
            if (proposed.Prosecutor is not null)
            {
                ruling.Prosecutor = await PersonNamedAsync(proposed.Prosecutor, cancellationToken);
                @case.AddParty(ruling.Prosecutor, PartyRole.Prosecutor);
            }
            if (proposed.Sentence?.Kind is { } kind)
            {
                var months = proposed.Sentence.Months is >= 1 and <= 600 ? proposed.Sentence.Months : null;
                ruling.SetSentence(kind, kind == SentenceKind.Fine ? null : months);
            }
            if (fine is not null)
            {
                ruling.SetFine(fine.Value, fine.Currency);
            }
            db.Rulings.Add(ruling);
            _rulings.Add(ruling);
            Cite(proposed.Quote, c => c.Ruling = ruling);
            Cite(proposed.Quote, c => c.Case = @case);
        }

        private async Task<Court> CourtAsync(string? name, string? city, string? country, CancellationToken cancellationToken)
        {
            var displayName = name ?? (city is null ? "Court not named" : $"{city} court");
            var key = $"{NameFolding.Fold(displayName)}|{NameFolding.Fold(city)}|{country}";
            if (_courts.TryGetValue(key, out var known))
            {
                return known;
            }
            var match = await RecordMatcher.FindCourtAsync(db, name ?? displayName, city, country, cancellationToken);
            var court = match?.Record;
            if (court is null)
            {
                court = new Court(Truncate(displayName, 300)!, await UniqueSlugAsync(db.Courts.Select(c => c.Slug), displayName, cancellationToken), country ?? "Unknown")
                {
                    Town = Truncate(city, 100),
                };
                db.Courts.Add(court);
            }
            _courts[key] = court;
            return court;
        }

        private async Task<string> UniqueSlugAsync(IQueryable<string> taken, string name, CancellationToken cancellationToken)
        {
            var stem = Slugs.From(name);
            var existing = await taken.Where(s => s == stem || s.StartsWith(stem + "-")).ToListAsync(cancellationToken);
            var slug = stem;
            for (var n = 2; existing.Contains(slug) || _slugs.Contains(slug); n++)
            {
                slug = $"{stem}-{n}";
            }
            _slugs.Add(slug);
            return slug;
        }

        /// <summary>Adds a citation of the source; a fact without its sentence still cites the source, with an empty quote.</summary>
        private void Cite(string? quote, Action<Citation> subject)
        {
            var citation = new Citation { Source = source, Quote = Truncate(quote ?? string.Empty, 4000)! };
            subject(citation);
            source.Citations.Add(citation);
        }

        /// <summary>The first sentence of the article that names the person, for the person's own citation.</summary>
        private string? SentenceNaming(string name)
        {
            var text = source.Text;
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            var start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1)) + 1;
            var end = text.IndexOfAny(['.', '\n', '!', '?'], at + name.Length);
            end = end < 0 ? text.Length : Math.Min(text.Length, end + 1);
            return text[start..end].Trim();
        }
    }

    private static CaseKind CaseKindOf(Outcome outcome) => outcome switch
    {
        Outcome.ExtraditionRefused or Outcome.Extradited => CaseKind.Extradition,
        Outcome.Deported => CaseKind.Deportation,
        Outcome.AsylumGranted or Outcome.AsylumDenied => CaseKind.Asylum,
        _ => CaseKind.CriminalTrial,
    };

    private static string CaseTitleOf(Outcome outcome, IReadOnlyList<string> charges) => CaseKindOf(outcome) switch
    {
        CaseKind.Extradition => "extradition",
        CaseKind.Deportation => "deportation",
        CaseKind.Asylum => "asylum",
        _ => charges.Count > 0 ? charges[0].Replace('_', ' ') : "criminal trial",
    };
}
