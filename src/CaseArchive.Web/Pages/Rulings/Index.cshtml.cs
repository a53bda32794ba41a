using CaseArchive.Domain;
using CaseArchive.Domain.Privacy;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Rulings;

public class IndexModel(ReadOnlyArchiveDbContext db, HiddenNamesStore store, RequestHiddenNames hiddenNames) : PageModel
{
    public const int PageSize = 50;

    public RulingFilter Filter { get; private set; } = RulingFilter.None;
    /// <summary>What was wrong with the address, each given in the reader's language by the page.</summary>
    public IReadOnlyList<FilterMessage> Errors { get; private set; } = [];
    public IReadOnlyList<FilterMessage> Notices { get; private set; } = [];
    public ResultCount Count { get; private set; } = new(0, false);
    public IReadOnlyList<RulingRow> Rows { get; private set; } = [];
    public IReadOnlyList<Facet> Facets { get; private set; } = [];
    public string? NextLink { get; private set; }
    public bool IsLaterPage { get; private set; }
    public bool ArchiveIsEmpty { get; private set; }

    /// <summary>The persons whose names the search meets, shown above the rulings (with or without rulings).</summary>
    public IReadOnlyList<Persons.PersonSearch.PersonMatch> Persons { get; private set; } = [];

    /// <summary>The words match more than <see cref="RulingMatches.HeldLimit"/> rulings: the list covers the first of them found (<see cref="RulingMatches.Sampled"/>).</summary>
    public bool Sampled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = RulingFilter.Parse(Request.Query, ReaderWords.Of(HttpContext));
        Notices = parsed.NoticeMessages;
        RulingCursor? after = null;
        var errors = parsed.ErrorMessages.ToList();
        if (parsed.Filter is not null && Request.Query.TryGetValue("after", out var cursor)
            && !RulingCursor.TryUnseal(cursor.ToString(), parsed.Filter.Q is null ? RulingSort.Date : parsed.Filter.Sort, RulingCursor.Protector(HttpContext.RequestServices), out after))
        {
            errors.Add(new FilterMessage("after is not a place in this list: follow the “Older rulings” link instead of writing it."));
        }
        if (parsed.Filter is null || errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        IsLaterPage = after is not null;

        if (parsed.Filter.Q is not null)
        {
            if (!IsLaterPage)
            {
                Persons = await Pages.Persons.PersonSearch.FindAsync(db, parsed.Filter.Q, 10, cancellationToken);
            }
            // A text search usually matches few rulings: one read of their facts answers the whole page.
            // Its two reads (the matches' facts, then the page's rows with their spellings) are one unit, run
            // again whole if the connection drops (nothing is handed on before the last), so each read's rows
            // are taken as they come instead of being read whole first.
            var resolved = await parsed.Filter.ResolveAsync(db, cancellationToken, fuzzyFallback: false);
            await ArchiveExecutionStrategy.StreamingAsync(db, async token =>
            {
                var matches = (await RulingMatches.LoadAsync(db, resolved, token))!;
                var (ids, next) = matches.Page(after, PageSize);
                Rows = await RulingSearch.RowsAsync(db, ids, matches.Filter, token);
                (Filter, Sampled, Count, Facets) = (matches.Filter, matches.Sampled, matches.Count(), matches.Facets());
                NextLink = next is null ? null : Request.PathBase + "/rulings" + Filter.ToQueryString(ReaderWords.Of(HttpContext), "after", next.Seal(RulingCursor.Protector(HttpContext.RequestServices)));
            }, cancellationToken);
            // The passages for the page's rows only, in one statement after the page is known.
            Rows = await RulingSnippets.AddAsync(db, store, hiddenNames, Rows, Filter.Q, cancellationToken);
            return await PageAsync(cancellationToken);
        }

        // No text query: each statement filters in SQL.
        Filter = await parsed.Filter.ResolveAsync(db, cancellationToken);
        var filtered = Filter.Apply(Filter.Rows(db));
        Count = await RulingSearch.CountAsync(db, filtered, cancellationToken);
        var page = await RulingSearch.PageAsync(db, filtered, Filter, after, PageSize, cancellationToken);
        Rows = page.Rows;
        if (page.Next is not null)
        {
            NextLink = Request.PathBase + "/rulings" + Filter.ToQueryString(ReaderWords.Of(HttpContext), "after", page.Next.Seal(RulingCursor.Protector(HttpContext.RequestServices)));
        }
        Facets = await RulingSearch.FacetsAsync(db, Filter, cancellationToken);
        ArchiveIsEmpty = Count.Value == 0 && Filter.IsEmpty;
        return await PageAsync(cancellationToken);
    }

    /// <summary>
    /// The page, with the hidden names it is redacted with read through the page's context (read already
    /// if the passages needed them), so the middleware needs no context of its own.
    /// </summary>
    private async Task<PageResult> PageAsync(CancellationToken cancellationToken)
    {
        await hiddenNames.CurrentAsync(() => db, cancellationToken);
        return Page();
    }
}
