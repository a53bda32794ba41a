using System.Text.Json.Nodes;
using CaseArchive.Domain.History;
using CaseArchive.Domain.Model;
using CaseArchive.Tests;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Domain.Tests.History;

[Collection(DatabaseCollection.Name)]
public sealed class HistoryTests(TestDatabase database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await database.ResetToSampleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private ArchiveDbContext As(string editor)
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDbContext.Configure(options, TestDatabase.ConnectionString);
        return new ArchiveDbContext(options.Options, new NamedActor(editor));
    }

    [Fact]
    public async Task Should_record_who_created_changed_and_deleted_a_record_with_its_values_before_and_after()
    {
        int id;
        await using (var db = As("amina@example.org"))
        {
            var court = new Court("Almaty City Court", "almaty-city-court", "Kazakhstan") { Town = "Almaty" };
            db.Courts.Add(court);
            await db.SaveChangesAsync();
            id = court.Id;
            court.Level = CourtLevel.Regional;
            await db.SaveChangesAsync();
            court.Delete();
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entries = await check.AuditEntries.Where(a => a.EntityType == "Court" && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("amina@example.org", e.Actor));
        Assert.Null(entries[0].Before);
        Assert.Equal("district", RecordSnapshot.Parse(entries[1].Before)!["Level"]!.GetValue<string>());
        Assert.Equal("regional", RecordSnapshot.Parse(entries[1].After)!["Level"]!.GetValue<string>());
        Assert.NotNull(RecordSnapshot.Parse(entries[2].After)!["DeletedAt"]);
        Assert.False(await check.Courts.AnyAsync(c => c.Id == id));
        Assert.True(await check.Courts.IgnoreQueryFilters().AnyAsync(c => c.Id == id));
    }

    [Fact]
    public async Task Should_refuse_a_save_over_a_version_someone_else_saved_and_record_nothing_for_it()
    {
        await using var first = As("first@example.org");
        await using var second = As("second@example.org");
        var mine = await first.Rulings.FirstAsync(r => r.Person.Slug == "qaisha-aqan");
        var theirs = await second.Rulings.FirstAsync(r => r.Id == mine.Id);
        mine.SetSentence(SentenceKind.Suspended, 12);
        theirs.SetSentence(SentenceKind.Prison, 18);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.CreateContext();
        Assert.Equal(12, (await check.Rulings.SingleAsync(r => r.Id == mine.Id)).SentenceMonths);
        Assert.DoesNotContain("second@example.org", await check.AuditEntries.Select(a => a.Actor).ToListAsync());
    }

    [Fact]
    public async Task Should_restore_a_person_with_the_spellings_and_protection_they_had()
    {
        int id;
        await using (var db = As("amina@example.org"))
        {
            var aqan = await db.Persons.Include(p => p.Names).SingleAsync(p => p.Slug == "qaisha-aqan");
            id = aqan.Id;
            aqan.ReplaceNames(["Kaisha Akan"]);
            aqan.Pseudonymise("Defendant Q");
            await db.SaveChangesAsync();
        }
        await using (var db = As("boris@example.org"))
        {
            var change = await db.AuditEntries.SingleAsync(a => a.EntityType == "Person" && a.EntityId == id && a.Action == AuditAction.Updated);
            await Restoring.RestoreAsync(db, change, before: true, version: null);
        }

        await using var check = database.CreateContext();
        var restored = await check.Persons.Include(p => p.Names).SingleAsync(p => p.Id == id);
        Assert.Equal(PersonVisibility.Public, restored.Visibility);
        Assert.Null(restored.Pseudonym);
        Assert.Equal("qaisha-aqan", restored.Slug);
        Assert.Equal(["Kaisha Akan", "Қайша Ақан"], restored.Names.Select(n => n.Name).Order(StringComparer.Ordinal));
        var last = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.EntityId == id && a.EntityType == "Person");
        Assert.Equal(AuditAction.Restored, last.Action);
        Assert.Equal("boris@example.org", last.Actor);
    }

    [Fact]
    public async Task Should_refuse_to_restore_a_version_that_names_a_court_deleted_since()
    {
        int id;
        await using (var db = As("amina@example.org"))
        {
            var ruling = await db.Rulings.Include(r => r.Court).SingleAsync(r => r.Person.Slug == "qaisha-aqan");
            var first = ruling.Court;
            id = ruling.Id;
            ruling.Court = await db.Courts.SingleAsync(c => c.Id != first.Id && c.Slug == "almaty-court");
            await db.SaveChangesAsync();
            first.Delete();
            await db.SaveChangesAsync();
        }
        await using (var db = As("boris@example.org"))
        {
            var change = await db.AuditEntries.SingleAsync(a => a.EntityType == "Ruling" && a.EntityId == id && a.Action == AuditAction.Updated);
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Restoring.RestoreAsync(db, change, before: true, version: null));
            Assert.Contains("court", refused.Message, StringComparison.Ordinal);
        }

        await using var check = database.CreateContext();
        Assert.Equal("almaty-court", (await check.Rulings.Include(r => r.Court).SingleAsync(r => r.Id == id)).Court.Slug);
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.EntityType == "Ruling" && a.EntityId == id && a.Action == AuditAction.Restored));
    }

    [Fact]
    public async Task Should_merge_a_judge_entered_twice_and_undo_it_exactly()
    {
        int kept, duplicate, rulingId;
        await using (var db = As("amina@example.org"))
        {
            var judge = await db.Persons.SingleAsync(p => p.Slug == "elmira-asubaeva");
            kept = judge.Id;
            var copy = new Person("Elmira Asubayeva", "elmira-asubayeva");
            db.Persons.Add(copy);
            var ruling = await db.Rulings.Include(r => r.Case).FirstAsync(r => r.JudgeId == kept);
            rulingId = ruling.Id;
            ruling.JudgeId = null;
            ruling.Judge = copy;
            ruling.Case.AddParty(copy, PartyRole.Judge);
            await db.SaveChangesAsync();
            duplicate = copy.Id;
        }

        await using (var db = As("amina@example.org"))
        {
            var moves = await Merging.MergePersonsAsync(db, kept, duplicate);
            Assert.Equal([rulingId], moves.RulingsAsJudge);
        }
        await using (var check = database.CreateContext())
        {
            Assert.Equal(kept, (await check.Rulings.SingleAsync(r => r.Id == rulingId)).JudgeId);
            Assert.Contains("Elmira Asubayeva", await check.PersonNames.Where(n => n.PersonId == kept).Select(n => n.Name).ToListAsync());
            Assert.False(await check.CaseParties.AnyAsync(p => p.PersonId == duplicate));
        }

        await using (var db = As("amina@example.org"))
        {
            var merge = await db.AuditEntries.SingleAsync(a => a.EntityId == duplicate && a.Action == AuditAction.Merged);
            await Merging.UndoAsync(db, merge);
            await Assert.ThrowsAsync<InvalidOperationException>(() => Merging.UndoAsync(db, merge));
        }
        await using var after = database.CreateContext();
        Assert.Equal(duplicate, (await after.Rulings.SingleAsync(r => r.Id == rulingId)).JudgeId);
        Assert.True(await after.CaseParties.AnyAsync(p => p.PersonId == duplicate && p.Role == PartyRole.Judge));
        Assert.DoesNotContain("Elmira Asubayeva", await after.PersonNames.Where(n => n.PersonId == kept).Select(n => n.Name).ToListAsync());
        Assert.True(await after.Persons.AnyAsync(p => p.Id == duplicate));
    }

    [Fact]
    public async Task Should_match_an_import_to_the_person_kept_and_never_to_the_merged_away_duplicate()
    {
        await using var db = As("amina@example.org");
        var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
        var copy = new Person("Qaisha Akhan", "qaisha-akhan");
        copy.AddName("Kaisha Akhan");
        db.Persons.Add(copy);
        await db.SaveChangesAsync();

        await Merging.MergePersonsAsync(db, aqan.Id, copy.Id);
        db.ChangeTracker.Clear();

        var byOldSpelling = await Domain.Importing.RecordMatcher.FindPersonAsync(db, "Kaisha Akhan", []);
        var byCloseSpelling = await Domain.Importing.RecordMatcher.FindPersonAsync(db, "Qaisha Akhann", []);
        Assert.Equal(aqan.Id, byOldSpelling!.Record.Id);
        Assert.Equal(aqan.Id, byCloseSpelling!.Record.Id);
    }

    [Fact]
    public async Task Should_refuse_to_merge_a_withheld_duplicate_into_a_public_person()
    {
        await using var db = As("amina@example.org");
        var aqan = await db.Persons.SingleAsync(p => p.Slug == "qaisha-aqan");
        var hidden = new Person("Qaisha A.", "person-withheld");
        hidden.Withhold();
        db.Persons.Add(hidden);
        await db.SaveChangesAsync();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => Merging.MergePersonsAsync(db, aqan.Id, hidden.Id));

        Assert.Contains("their names would become public spellings", refusal.Message, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.True(await check.Persons.AnyAsync(p => p.Id == hidden.Id));
    }

    [Fact]
    public async Task Should_still_redact_a_withheld_person_after_they_are_deleted()
    {
        await using var db = As("amina@example.org");
        var musakhanuly = await db.Persons.SingleAsync(p => p.DisplayName == "Qaster Musakhanuly");
        musakhanuly.Withhold();
        musakhanuly.Delete();
        await db.SaveChangesAsync();

        var hidden = await CaseArchive.Domain.Privacy.HiddenNamesStore.LoadAsync(db);

        Assert.DoesNotContain("Musakhanuly", hidden.Redact(ZharkentSample.Quotes[5]), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_every_field_of_a_record_in_its_snapshot()
    {
        using var db = database.CreateContext();
        var ruling = new Ruling(new Case("A case", CaseKind.CriminalTrial), new Court("A court", "a-court", "Kazakhstan"), new Person("A person", "a-person"), Outcome.Deported)
        {
            Date = PartialDate.OfMonth(2019, 10, inferred: true),
            Charges = ["illegal_border_crossing"],
        };
        db.Rulings.Add(ruling);

        var snapshot = RecordSnapshot.Take(db.Entry(ruling), original: false);

        Assert.Equal("deported", snapshot["Outcome"]!.GetValue<string>());
        Assert.Equal(10, snapshot["Date"]!["Month"]!.GetValue<int>());
        Assert.True(snapshot["Date"]!["Inferred"]!.GetValue<bool>());
        Assert.Equal("illegal_border_crossing", ((JsonArray)snapshot["Charges"]!)[0]!.GetValue<string>());
        Assert.False(snapshot.ContainsKey("Version"));
    }
}
