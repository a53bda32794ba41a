using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>The choices of the editors' drop-downs.</summary>
public static class Choices
{
    /// <summary>A vocabulary's values in words; the value posted is the enum's name.</summary>
    public static List<SelectListItem> Of<TEnum>(bool withNone = false, string none = "(none)") where TEnum : struct, Enum
    {
        var items = Enum.GetValues<TEnum>().Select(v => new SelectListItem(Display.Capitalise(Display.Words(v)), v.ToString())).ToList();
        if (withNone)
        {
            items.Insert(0, new SelectListItem(none, string.Empty));
        }
        return items;
    }

    /// <summary>Persons by name; an editor sees real names, with the public pseudonym beside.</summary>
    public static async Task<List<SelectListItem>> PersonsAsync(ArchiveDbContext db, bool withNone = false)
    {
        var items = await db.Persons.AsNoTracking().OrderBy(p => p.DisplayName)
            .Select(p => new SelectListItem(p.Pseudonym == null ? p.DisplayName : p.DisplayName + " (public: " + p.Pseudonym + ")", p.Id.ToString()))
            .ToListAsync();
        if (withNone)
        {
            items.Insert(0, new SelectListItem("(none)", string.Empty));
        }
        return items;
    }

    public static async Task<List<SelectListItem>> CourtsAsync(ArchiveDbContext db, bool withNone = false)
    {
        var items = await db.Courts.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name + " (" + c.Country + ")", c.Id.ToString()))
            .ToListAsync();
        if (withNone)
        {
            items.Insert(0, new SelectListItem("(none)", string.Empty));
        }
        return items;
    }

    public static async Task<List<SelectListItem>> CasesAsync(ArchiveDbContext db, bool withNone = false)
    {
        var items = await db.Cases.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new SelectListItem(c.Title, c.Id.ToString()))
            .ToListAsync();
        if (withNone)
        {
            items.Insert(0, new SelectListItem("(none)", string.Empty));
        }
        return items;
    }

    public static async Task<List<SelectListItem>> SourcesAsync(ArchiveDbContext db)
    {
        return await db.Sources.AsNoTracking().OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new SelectListItem((s.Outlet == null ? "" : s.Outlet + ": ") + s.Title, s.Id.ToString()))
            .ToListAsync();
    }

    /// <summary>One item per line, trimmed, empty lines dropped: charges, spellings.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
}
