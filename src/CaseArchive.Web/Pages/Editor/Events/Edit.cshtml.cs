using System.ComponentModel.DataAnnotations;
using CaseArchive.Domain;
using CaseArchive.Domain.Model;
using CaseArchive.Web.Pages.Editor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CaseArchive.Web.Pages.Editor.Events;

public class EditModel(ArchiveDbContext db) : RecordPageModel(db)
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var timelineEvent = await Db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (timelineEvent is null)
            {
                return NotFound();
            }
            Input = EventInput.From(timelineEvent);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null && await EarlierSubmissionAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }
        Id = id;
        var date = Input.Date.Read(ModelState, "Input.Date");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        TimelineEvent? timelineEvent;
        if (id is null)
        {
            var person = await Db.Persons.FirstOrDefaultAsync(p => p.Id == Input.PersonId, cancellationToken);
            if (person is null)
            {
                ModelState.AddModelError("Input.PersonId", "That person is no longer in the archive: choose again.");
                return Page();
            }
            timelineEvent = new TimelineEvent(person, Input.Kind, date);
            Db.Events.Add(timelineEvent);
        }
        else
        {
            timelineEvent = await Db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (timelineEvent is null)
            {
                return NotFound();
            }
            timelineEvent.MoveTo(Input.PersonId!.Value);
        }
        Input.ApplyTo(timelineEvent, date);
        if (timelineEvent.Id == 0)
        {
            return await CreateOnceAsync(timelineEvent, "The event is saved.", cancellationToken) ?? Page();
        }
        if (await SaveAsync(timelineEvent, Input.Version, cancellationToken) is uint current)
        {
            Input.Version = current;
            ModelState.Remove("Input.Version");
            return Page();
        }
        TempData["Saved"] = "The event is saved.";
        return Redirect($"/editor/events/edit/{timelineEvent.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var timelineEvent = await Db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (timelineEvent is null)
        {
            return NotFound();
        }
        timelineEvent.Delete();
        if (await SaveAsync(timelineEvent, Input.Version, cancellationToken) is not null)
        {
            Id = id;
            Input = EventInput.From(await Db.Events.AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken));
            return Page();
        }
        TempData["Saved"] = "The event is deleted. Its history keeps it: restore it from there.";
        return Redirect($"/editor/history/event/{id}");
    }

    public class EventInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Choose whose timeline this event is on.")]
        [Display(Name = "Person")]
        public int? PersonId { get; set; }

        [Display(Name = "What happened")]
        public EventKind Kind { get; set; }

        public DateInput Date { get; set; } = new();

        [StringLength(200, ErrorMessage = "Keep the place under 200 characters.")]
        public string? Place { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the description under 2,000 characters.")]
        public string? Description { get; set; }

        [Display(Name = "Case")]
        public int? CaseId { get; set; }

        public static EventInput From(TimelineEvent e) => new()
        {
            Version = e.Version,
            PersonId = e.PersonId,
            Kind = e.Kind,
            Date = DateInput.From(e.Date),
            Place = e.Place,
            Description = e.Description,
            CaseId = e.CaseId,
        };

        public void ApplyTo(TimelineEvent timelineEvent, PartialDate? date)
        {
            timelineEvent.Kind = Kind;
            timelineEvent.Date = date;
            timelineEvent.Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
            timelineEvent.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
            timelineEvent.CaseId = CaseId;
        }
    }
}
