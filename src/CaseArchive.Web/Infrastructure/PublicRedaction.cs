using System.Text;
using CaseArchive.Domain;
using CaseArchive.Domain.Privacy;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// The one redaction every public answer passes through: pages, the API, exports, the feed,
/// timelines, statistics, error pages, whatever is added later. Each text answer (HTML, JSON, CSV,
/// XML, plain text) is read as it is written, and every hidden person's name in it is replaced
/// (<see cref="HiddenNames"/>), so no field, title, address or caption can carry one out. Two
/// spans are kept: a public person's own full name (a namesake), and the reader's own words where the
/// answer gives them back, marked there (<see cref="ReaderWords"/>): that tells them nothing they did
/// not type. The editors' area and sign-in are not public and are left as they are.
/// </summary>
public static class PublicRedaction
{
    public static void AddArchiveRedaction(this IServiceCollection services)
    {
        services.AddSingleton<HiddenNamesStore>();
        services.AddScoped<RequestHiddenNames>();
    }

    /// <summary>
    /// A text that leaves in a binary answer (a spreadsheet's cell), which this step cannot read: redacted
    /// as the same text in a text answer would be, a public person's full name spared.
    /// </summary>
    public static Task<string> RedactAsync(string text, HiddenNames names, HiddenNamesStore store, ArchiveDbContext db, CancellationToken cancellationToken) =>
        text.Length == 0 || names.Count == 0 ? Task.FromResult(text) : RedactingStream.RedactAsync(text, names, store, () => db, ReaderWords.Unmarked, cancellationToken);

    /// <summary>Inside the output cache, so what it keeps is already redacted.</summary>
    public static void UseArchiveRedaction(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (OutputCaching.NotArchiveAnswers.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        var changes = context.RequestServices.GetRequiredService<ArchiveChanges>();
        var generation = changes.Generation;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var stream = new RedactingStream(original.Stream, context, ReaderWords.Begin(context));
        var feature = new StreamResponseBodyFeature(stream, original);
        context.Features.Set<IHttpResponseBodyFeature>(feature);
        context.Response.OnStarting(() =>
        {
            // The length changes with the names replaced.
            if (RedactingStream.IsText(context.Response.ContentType))
            {
                context.Response.ContentLength = null;
            }
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
            await feature.CompleteAsync();
            await stream.FinishAsync(context.RequestAborted);
            // A change told while the answer was made: its names may have been read before it, so the output
            // cache must not keep it past the change's eviction.
            if (changes.Generation != generation && context.Features.Get<IOutputCacheFeature>() is { } cache)
            {
                cache.Context.AllowCacheStorage = false;
            }
        }
        finally
        {
            context.Features.Set(original);
            // A status or error page written after this (re-executed outside the redaction) marks nothing.
            ReaderWords.End(context);
        }
    });

    /// <summary>
    /// Text written to it is held until a place where no name can run on (an end of line, of a tag or of
    /// a JSON object), redacted, and passed on; the rest waits for more or for the end.
    /// </summary>
    private sealed class RedactingStream(Stream inner, HttpContext context, ReaderWords words) : Stream
    {
        private const int Chunk = 16 * 1024;
        private const int Longest = 256 * 1024;

        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private readonly StringBuilder _pending = new();
        private bool? _redacts;
        private bool _passedOn;
        private HiddenNames? _names;
        private AsyncServiceScope? _scope;

        private static readonly string[] Binary = ["image/", "font/", "audio/", "video/", "application/octet-stream", "application/zip", "application/pdf", "application/vnd."];

        /// <summary>
        /// Every answer is read as text unless it says it is binary: one that says nothing is read too.
        /// A binary format that carries names (a spreadsheet) must redact its cells itself, with <see cref="HiddenNames.Redact"/>.
        /// </summary>
        public static bool IsText(string? contentType) =>
            contentType is null || !Binary.Any(b => contentType.StartsWith(b, StringComparison.OrdinalIgnoreCase));

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new NotSupportedException("Synchronous writes are not allowed.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous writes are not allowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _redacts ??= IsText(context.Response.ContentType);
            if (_redacts == false)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                _passedOn = true;
                return;
            }
            var chars = System.Buffers.ArrayPool<char>.Shared.Rent(_decoder.GetCharCount(buffer.Span, flush: false));
            _pending.Append(chars, 0, _decoder.GetChars(buffer.Span, chars, flush: false));
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            if (_pending.Length >= Chunk)
            {
                var cut = words.SafeCut(_pending.ToString(), SafeEnd());
                if (cut > 0)
                {
                    await PassOnAsync(cut, cancellationToken);
                }
            }
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            // What is held waits for the rest of its line; what was passed on goes out now. Nothing is
            // flushed before the first bytes: that would start the response, and an answer with no body
            // of its own (a 404) could no longer be given its status page.
            if (_passedOn)
            {
                await inner.FlushAsync(cancellationToken);
            }
        }

        public async Task FinishAsync(CancellationToken cancellationToken)
        {
            if (_redacts == true)
            {
                var chars = new char[_decoder.GetCharCount([], flush: true)];
                _decoder.GetChars([], chars, flush: true);
                _pending.Append(chars);
                await PassOnAsync(_pending.Length, cancellationToken);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (_scope is { } scope)
            {
                await scope.DisposeAsync();
            }
            await base.DisposeAsync();
        }

        /// <summary>The end of the last line, tag or JSON object held; a space when a very long text has none.</summary>
        private int SafeEnd()
        {
            for (var i = _pending.Length - 1; i >= 0; i--)
            {
                if (_pending[i] is '\n' or '>' or '}')
                {
                    return i + 1;
                }
            }
            if (_pending.Length < Longest)
            {
                return 0;
            }
            for (var i = _pending.Length - 1; i >= 0; i--)
            {
                if (char.IsWhiteSpace(_pending[i]))
                {
                    return i + 1;
                }
            }
            return _pending.Length;
        }

        private async Task PassOnAsync(int length, CancellationToken cancellationToken)
        {
            if (length == 0)
            {
                return;
            }
            var text = _pending.ToString(0, length);
            _pending.Remove(0, length);
            var redacted = await RedactAsync(text, cancellationToken);
            var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(redacted.Length));
            try
            {
                await inner.WriteAsync(bytes.AsMemory(0, Encoding.UTF8.GetBytes(redacted, bytes)), cancellationToken);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }
            _passedOn = true;
        }

        private async Task<string> RedactAsync(string text, CancellationToken cancellationToken)
        {
            var store = context.RequestServices.GetRequiredService<HiddenNamesStore>();
            // The names the request read already (a page reads them on its own connection), or read now.
            _names ??= await context.RequestServices.GetRequiredService<RequestHiddenNames>().CurrentAsync(Lookups, cancellationToken);
            return await RedactAsync(text, _names, store, Lookups, words, cancellationToken);
        }

        /// <summary>
        /// A context of its own, made only when a read is needed: the endpoint may be reading rows on its own
        /// while it writes (an export).
        /// </summary>
        private ArchiveDbContext Lookups()
        {
            _scope ??= context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            return _scope.Value.ServiceProvider.GetRequiredService<ReadOnlyArchiveDbContext>();
        }

        /// <summary>
        /// The text with every hidden name replaced, but a public person's full name and the reader's own
        /// words where the text gives them back (marked by <paramref name="words"/>, whose marks are taken
        /// out): what every public answer gets.
        /// </summary>
        public static async Task<string> RedactAsync(string text, HiddenNames names, HiddenNamesStore store, Func<ArchiveDbContext> db, ReaderWords words, CancellationToken cancellationToken)
        {
            var (plain, echoes) = words.Take(text);
            var units = NameText.Decode(plain);
            var spans = names.Spans(units);
            if (spans.Count == 0)
            {
                return plain;
            }
            spans.RemoveAll(s => echoes.Any(e => e.Start.Value <= s.Start && s.End <= e.End.Value));
            // Each span's candidates folded once: a common name stands in many spans of a long answer.
            var candidates = spans.Select(s => HiddenNames.Candidates(units, s).Select(NameFolding.Fold).ToArray()).ToArray();
            var publicNames = await store.PublicNamesAsync(db, candidates.SelectMany(c => c), cancellationToken);
            var hidden = spans.Where((_, i) => !candidates[i].Any(publicNames.Contains)).ToList();
            return HiddenNames.Replace(plain, hidden);
        }
    }
}

/// <summary>
/// The hidden names one request's answer is redacted with: read once (<see cref="HiddenNamesStore.CurrentAsync"/>,
/// one small statement), by whoever asks first, and shared by the page's own redaction (a search's passages)
/// and the middleware's. The first read is made after the request began, so a change committed before the
/// request is in it, as when the middleware read it itself; a page whose connection is open asks first,
/// so the middleware needs no connection of its own.
/// </summary>
public sealed class RequestHiddenNames(HiddenNamesStore store)
{
    private HiddenNames? _names;

    public async ValueTask<HiddenNames> CurrentAsync(Func<ArchiveDbContext> db, CancellationToken cancellationToken) =>
        _names ??= await store.CurrentAsync(db(), cancellationToken);
}
