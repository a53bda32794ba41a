using CaseArchive.Domain.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseArchive.Domain.Configurations;

/// <summary>Stores an enum as its lower_snake_case name: NotDeported ↔ "not_deported".</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => VocabularyText.ToText(value),
    text => VocabularyText.Parse<TEnum>(text))
    where TEnum : struct, Enum;
