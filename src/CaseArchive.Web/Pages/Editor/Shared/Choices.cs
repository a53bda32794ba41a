using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>The choices of the editors' drop-downs: vocabularies only (records are picked by <see cref="Picks"/>, never listed whole).</summary>
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

    /// <summary>One item per line, trimmed, empty lines dropped: charges, spellings.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
}
