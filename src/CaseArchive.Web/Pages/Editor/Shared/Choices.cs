using CaseArchive.Core;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
    /// <summary>
    /// A controlled list's entries as options; a value already stored that the list lacks is offered too (marked),
    /// so opening and saving a record never drops it silently (saving it is refused with a message instead).
    /// </summary>
    public static List<SelectListItem> Of(ControlledList list, IEnumerable<string?> current, bool withNone = false)
    {
        var items = list.Entries.Select(e => new SelectListItem(e.Label, e.Code)).ToList();
        items.AddRange(current.OfType<string>().Where(v => list.Find(v) is null).Distinct(StringComparer.Ordinal)
            .Select(v => new SelectListItem($"{v} (not in the list)", v)));
        if (withNone)
        {
            items.Insert(0, new SelectListItem("(none)", string.Empty));
        }
        return items;
    }

    /// <summary>
    /// The list's codes for the values posted: a known spelling (an alias, another case) becomes its entry; a value the
    /// list lacks is refused beside the field, so no hand-typed spelling can split a facet in two.
    /// </summary>
    public static List<string> Controlled(ControlledList list, IEnumerable<string?>? values, ModelStateDictionary modelState, string key)
    {
        var codes = new List<string>();
        foreach (var value in (values ?? []).Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)))
        {
            if (list.Find(value) is { } entry)
            {
                if (!codes.Contains(entry.Code))
                {
                    codes.Add(entry.Code);
                }
            }
            else
            {
                modelState.AddModelError(key, $"\"{value}\" is not in the list of {list.Name} values: pick one from the list, or ask for it to be added (docs/editors.md says where).");
            }
        }
        return codes;
    }

    /// <summary>One value of a controlled list (or none), as <see cref="Controlled(ControlledList, IEnumerable{string?}?, ModelStateDictionary, string)"/>.</summary>
    public static string? Controlled(ControlledList list, string? value, ModelStateDictionary modelState, string key) =>
        Controlled(list, [value], modelState, key).FirstOrDefault();
}
