using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace CaseArchive.Extraction;

/// <summary>
/// Refuses an HTML page nested deeper, or made of more elements, than any article. The HTML standard's tree builder (AngleSharp
/// follows it) walks its stack of open elements for most tags and much of the text, so its time is the
/// page's size times its nesting depth: unbounded depth makes a 2 MB page cost minutes. Each element's
/// depth is counted when the next one is created, walking up at most <see cref="MaxDepth"/> parents, so the
/// guard adds at most that many steps per element and stops the parse at the first element too deep.
/// The count of elements is capped too, as each costs the parser and the reader far more than its bytes.
/// </summary>
internal sealed class NestingGuard(string what)
{
    /// <summary>Deeper than news pages nest (a few dozen levels); browsers stop nesting at 512.</summary>
    public const int MaxDepth = 256;

    /// <summary>Ten times a heavy news page's elements.</summary>
    public const int MaxElements = 100_000;

    private int _elements;

    // A template's children hang under its content fragment, not under the template: counted through it.
    private readonly Dictionary<INode, IElement> _templateHosts = new(ReferenceEqualityComparer.Instance);
    private IElement? _previous;
    private TextPosition _previousPosition;

    public HtmlParserOptions Options => new() { OnCreated = OnCreated };

    public void Finish()
    {
        if (_previous is not null)
        {
            Check(_previous, _previousPosition);
        }
    }

    private void OnCreated(IElement element, TextPosition position)
    {
        Finish();
        if (++_elements > MaxElements)
        {
            throw new ArticleFormatException($"{what} has more than {MaxElements:N0} HTML elements; no article has that many, and such pages are not read.");
        }
        if (element is IHtmlTemplateElement template)
        {
            _templateHosts[template.Content] = template;
        }
        _previous = element;
        _previousPosition = position;
    }

    private void Check(IElement element, TextPosition position)
    {
        var depth = 0;
        for (INode? node = element; node is not null; node = node.Parent ?? _templateHosts.GetValueOrDefault(node))
        {
            if (node is IElement && ++depth > MaxDepth)
            {
                throw new ArticleFormatException(
                    $"{what} nests its HTML elements more than {MaxDepth} deep{(position.Line > 0 ? $" (at line {position.Line})" : "")}; no article needs that, and such pages are not read.");
            }
        }
    }
}
