namespace CaseArchive.Web.Pages.Editor.Shared;

/// <summary>One record picker on a form (the partial _Picker): the form field it fills with an id, the kind of record, its label and chosen id.</summary>
public sealed record PickerField(string Field, string Kind, string Label, int? Id, string? Hint = null);
