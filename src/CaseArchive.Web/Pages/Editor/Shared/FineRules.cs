using CaseArchive.Domain.Model;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>
/// A fine's amount and currency as an editor gives them (the ruling form and the import review): the rules
/// of <see cref="Ruling.SetFine"/>, said beside the fields named <c>{prefix}.FineValue</c> and <c>{prefix}.FineCurrency</c>.
/// </summary>
public static class FineRules
{
    /// <summary>The currency as stored (upper case), or null when none was given.</summary>
    public static string? Check(decimal? value, string? currency, CaseArchive.Core.SentenceKind? kind, ModelStateDictionary modelState, string prefix)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        if (value is <= 0)
        {
            modelState.AddModelError($"{prefix}.FineValue", "A fine's amount is a number above zero, e.g. 100000 or 2500.50.");
        }
        if (code is not null && !Currencies.IsKnown(code))
        {
            modelState.AddModelError($"{prefix}.FineCurrency", $"\"{currency}\" is not a currency the archive knows: choose one of {string.Join(", ", Currencies.Codes)}.");
        }
        if (value is null != code is null)
        {
            modelState.AddModelError(value is null ? $"{prefix}.FineValue" : $"{prefix}.FineCurrency", "Give a fine's amount and its currency together, or neither.");
        }
        if (value is not null && kind != CaseArchive.Core.SentenceKind.Fine)
        {
            modelState.AddModelError($"{prefix}.FineValue", "Only a fine has an amount: clear it, or choose \"fine\" as the kind of sentence.");
        }
        return code;
    }
}
