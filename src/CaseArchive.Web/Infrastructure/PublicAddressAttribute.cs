using System.ComponentModel.DataAnnotations;
using CaseArchive.Extraction;

namespace CaseArchive.Web.Infrastructure;

/// <summary>A form field for an address: empty, or a <see cref="PublicAddress"/> (http or https), said beside the field otherwise.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PublicAddressAttribute : ValidationAttribute
{
    public PublicAddressAttribute() : base(PublicAddress.Refusal) { }

    public override bool IsValid(object? value) => value is null || (value is string s && (string.IsNullOrWhiteSpace(s) || PublicAddress.IsSafe(s)));
}
