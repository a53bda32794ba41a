namespace CaseArchive.Core.Contract;

/// <summary>One published import: what the extractor proposed and what the editor published from it.</summary>
public sealed record ReviewedImport(DateTimeOffset DecidedAt, ExtractionResult Proposed, ExtractionResult Published);
