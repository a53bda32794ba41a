using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>A partial date as an editor enters it: year, and month and day when the source gives them.</summary>
public class DateInput
{
    [Range(PartialDate.MinYear, PartialDate.MaxYear, ErrorMessage = "The year must be between 1900 and 2200.")]
    public int? Year { get; set; }

    [Range(1, 12, ErrorMessage = "The month must be between 1 and 12.")]
    public int? Month { get; set; }

    [Range(1, 31, ErrorMessage = "The day must be between 1 and 31.")]
    public int? Day { get; set; }

    /// <summary>The year (or month) was worked out, e.g. from the article's date, not stated.</summary>
    [Display(Name = "Worked out, not stated")]
    public bool Inferred { get; set; }

    public static DateInput From(PartialDate? date) => date is null
        ? new DateInput()
        : new DateInput { Year = date.Year, Month = date.Month, Day = date.Day, Inferred = date.Inferred };

    /// <summary>The date, or null when left empty; an error beside the fields when the parts make no date.</summary>
    public PartialDate? Read(ModelStateDictionary modelState, string prefix)
    {
        if (Year is null)
        {
            if (Month is not null || Day is not null)
            {
                modelState.AddModelError($"{prefix}.Year", "A date needs its year. Leave month and day empty too if the date is not known.");
            }
            return null;
        }
        var error = PartialDate.Validate(Year.Value, Month, Day);
        if (error is not null)
        {
            modelState.AddModelError($"{prefix}.{(Day is not null && Month is not null && Year is >= PartialDate.MinYear and <= PartialDate.MaxYear ? "Day" : "Year")}", error);
            return null;
        }
        return PartialDate.Create(Year.Value, Month, Day, Inferred);
    }
}
