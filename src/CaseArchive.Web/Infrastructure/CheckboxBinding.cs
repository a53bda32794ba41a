using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// Binds a bool (a checkbox) as MVC does, but when the value sent was no boolean ("abc" where "true" belongs)
/// keeps "false" as the value to show again: the checkbox tag helper throws on redrawing a form whose model state
/// holds anything else, which turned a refused form into a 500 (found by the editor forms' hostile input test).
/// </summary>
public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new CheckboxBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class CheckboxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
                && entry.Errors.Count > 0 && !bool.TryParse(entry.AttemptedValue, out _))
            {
                entry.RawValue = "false";
                entry.AttemptedValue = "false";
            }
        }
    }
}
