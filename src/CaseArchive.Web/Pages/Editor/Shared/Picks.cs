using System.Globalization;
using System.Text.RegularExpressions;
using CaseArchive.Domain;
using CaseArchive.Extraction.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>
/// The editors' record pickers: a search field (type-ahead over <c>/editor/suggest</c> with a script,
/// a plain field without one) whose text, "Name (#12)" or a name, is turned into the record's id before
/// the form is bound. Never a list of every record: at a million rulings that list would be the page.
/// </summary>
public static partial class Picks
{
    /// <summary>The kinds of record a picker chooses from, as the suggestions and the forms name them.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "persons", "courts", "cases", "sources" };

    /// <summary>The most suggestions a field shows.</summary>
    public const int MostSuggestions = 10;

    public sealed record Suggestion(int Id, string Label);

    /// <summary>
    /// The hidden field each picker adds, named for its field ("__pick.Input.PersonId", value "persons"), so the
    /// form says which of its fields are picks; one name per field, as a form's fields are read by name.
    /// </summary>
    public const string FieldsKey = "__pick.";

    /// <summary>How a record is written in a picker: its name and its number, which the form sends back.</summary>
    public static string LabelOf(string name, int id) => string.Create(CultureInfo.InvariantCulture, $"{name} (#{id})");

    /// <summary>Records whose name holds the typed text (every spelling of a person, folded as imports fold it), closest first.</summary>
    public static async Task<List<Suggestion>> SuggestAsync(ArchiveDbContext db, string kind, string? q, CancellationToken cancellationToken)
    {
        var folded = NameFolding.Fold(q);
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return [];
        }
        var rows = kind switch
        {
            // LIKE (not Contains, which is strpos) so each trigram index answers, and a union of the two lookups
            // (an OR across the persons and their spellings would read every person).
            "persons" when folded.Length > 0 => await db.Persons.AsNoTracking()
                .Where(p => db.Persons.Where(x => EF.Functions.Like(x.FoldedName, "%" + Escape(folded) + "%")).Select(x => x.Id)
                    .Union(db.PersonNames.Where(n => EF.Functions.Like(n.FoldedName, "%" + Escape(folded) + "%")).Select(n => n.PersonId))
                    .Contains(p.Id))
                .OrderBy(p => p.FoldedName.StartsWith(folded) ? 0 : 1).ThenBy(p => p.DisplayName).ThenBy(p => p.Id)
                .Select(p => new { p.Id, Name = p.Pseudonym == null ? p.DisplayName : p.DisplayName + " (public: " + p.Pseudonym + ")" })
                .Take(MostSuggestions).ToListAsync(cancellationToken),
            "courts" when folded.Length > 0 => await db.Courts.AsNoTracking()
                .Where(c => c.FoldedName.Contains(folded))
                .OrderBy(c => c.FoldedName.StartsWith(folded) ? 0 : 1).ThenBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new { c.Id, Name = c.Name + ", " + c.Country })
                .Take(MostSuggestions).ToListAsync(cancellationToken),
            "cases" => await db.Cases.AsNoTracking()
                .Where(c => EF.Functions.ILike(c.Title, "%" + Escape(text) + "%"))
                .OrderBy(c => c.Title).ThenBy(c => c.Id)
                .Select(c => new { c.Id, Name = c.Title })
                .Take(MostSuggestions).ToListAsync(cancellationToken),
            "sources" => await db.Sources.AsNoTracking()
                .Where(s => EF.Functions.ILike(s.Title, "%" + Escape(text) + "%") || (s.Outlet != null && EF.Functions.ILike(s.Outlet, "%" + Escape(text) + "%")))
                .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Id)
                .Select(s => new { s.Id, Name = (s.Outlet == null ? "" : s.Outlet + ": ") + s.Title })
                .Take(MostSuggestions).ToListAsync(cancellationToken),
            _ => [],
        };
        return [.. rows.Select(r => new Suggestion(r.Id, LabelOf(r.Name, r.Id)))];
    }

    /// <summary>The picker's text for a chosen record (a form shown again, an edit page).</summary>
    public static async Task<string?> LabelAsync(ArchiveDbContext db, string kind, int? id, CancellationToken cancellationToken)
    {
        if (id is not int chosen)
        {
            return null;
        }
        var name = kind switch
        {
            "persons" => await db.Persons.AsNoTracking().Where(p => p.Id == chosen).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken),
            "courts" => await db.Courts.AsNoTracking().Where(c => c.Id == chosen).Select(c => c.Name + ", " + c.Country).FirstOrDefaultAsync(cancellationToken),
            "cases" => await db.Cases.AsNoTracking().Where(c => c.Id == chosen).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken),
            "sources" => await db.Sources.AsNoTracking().Where(s => s.Id == chosen).Select(s => (s.Outlet == null ? "" : s.Outlet + ": ") + s.Title).FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return name is null ? null : LabelOf(name, chosen);
    }

    /// <summary>
    /// The record a picker's text names: its number ("… (#12)" or "12"), or else the one record whose
    /// name (any spelling, folded) is the text. Null, with the reason, when none or several are.
    /// </summary>
    public static async Task<(int? Id, string? Problem)> ResolveAsync(ArchiveDbContext db, string kind, string text, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, null);
        }
        var number = NumberPattern().Match(trimmed);
        if (number.Success && int.TryParse(number.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var exists = kind switch
            {
                "persons" => await db.Persons.AnyAsync(p => p.Id == id, cancellationToken),
                "courts" => await db.Courts.AnyAsync(c => c.Id == id, cancellationToken),
                "cases" => await db.Cases.AnyAsync(c => c.Id == id, cancellationToken),
                "sources" => await db.Sources.AnyAsync(s => s.Id == id, cancellationToken),
                _ => false,
            };
            return exists ? (id, null) : (null, $"There is no record #{id} to choose (any more): choose again.");
        }
        var folded = NameFolding.Fold(trimmed);
        var named = kind switch
        {
            "persons" => await db.Persons.Where(p => p.FoldedName == folded || p.Names.Any(n => n.FoldedName == folded)).Select(p => p.Id).Take(2).ToListAsync(cancellationToken),
            "courts" => await db.Courts.Where(c => c.FoldedName == folded).Select(c => c.Id).Take(2).ToListAsync(cancellationToken),
            "cases" => await db.Cases.Where(c => c.Title == trimmed).Select(c => c.Id).Take(2).ToListAsync(cancellationToken),
            "sources" => await db.Sources.Where(s => s.Title == trimmed).Select(s => s.Id).Take(2).ToListAsync(cancellationToken),
            _ => [],
        };
        return named switch
        {
            [var only] => (only, null),
            [] => (null, $"Nothing in the archive is called “{trimmed}”: type part of the name and choose one of the suggestions."),
            _ => (null, $"More than one record is called “{trimmed}”: choose one of the suggestions (they carry their numbers)."),
        };
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:.*\(#)?(\d{1,9})\)?$")]
    private static partial Regex NumberPattern();
}

/// <summary>
/// Turns every picker's text in a posted form into the chosen record's id before the form is bound (so a
/// page binds ids as before), and says what could not be turned into one beside the field.
/// </summary>
public sealed class PickResolvingFilter : IAsyncPageFilter
{
    private const string ProblemsKey = "picks.problems";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType || !HttpMethods.IsPost(request.Method))
        {
            return;
        }
        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var picks = form.Keys.Where(k => k.StartsWith(Picks.FieldsKey, StringComparison.Ordinal))
            .Select(k => (Field: k[Picks.FieldsKey.Length..], Kind: form[k].ToString())).ToList();
        if (picks.Count == 0)
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<ArchiveDbContext>();
        var values = form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var problems = new Dictionary<string, (string Text, string Problem)>(StringComparer.Ordinal);
        foreach (var (field, kind) in picks)
        {
            if (!Picks.Kinds.Contains(kind) || !values.TryGetValue(field, out var typed))
            {
                continue;
            }
            var (id, problem) = await Picks.ResolveAsync(db, kind, typed.ToString(), context.HttpContext.RequestAborted);
            values[field] = id?.ToString(CultureInfo.InvariantCulture) ?? "";
            if (problem is not null)
            {
                problems[field] = (typed.ToString(), problem);
            }
        }
        context.HttpContext.Features.Get<IFormFeature>()!.Form = new FormCollection(values, form.Files);
        context.HttpContext.Items[ProblemsKey] = problems;
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items[ProblemsKey] is Dictionary<string, (string Text, string Problem)> problems)
        {
            foreach (var (field, (text, problem)) in problems)
            {
                context.ModelState.Remove(field);
                context.ModelState.SetModelValue(field, new StringValues(text), text);
                context.ModelState.AddModelError(field, problem);
            }
        }
        await next();
    }
}
