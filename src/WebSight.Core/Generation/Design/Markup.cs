using System.Text;

namespace WebSight.Core.Generation.Design;

/// <summary>
/// Writes indented HTML one element per line, escaping text, so archetype code reads as the page it makes.
/// Two spaces per level: indentation costs few tokens and keeps the target readable.
/// </summary>
internal sealed class Markup
{
    private readonly StringBuilder _html = new(4096);
    private readonly Stack<string> _open = new();

    public int Length => _html.Length;

    /// <summary>Opens an element; <paramref name="attributes"/> is written verbatim after the class.</summary>
    public Markup Open(string tag, string classes = "", string? attributes = null)
    {
        Indent();
        _html.Append('<').Append(tag);
        AppendClass(classes);
        if (attributes is not null)
            _html.Append(' ').Append(attributes);
        _html.Append(">\n");
        _open.Push(tag);
        return this;
    }

    public Markup Close()
    {
        var tag = _open.Pop();
        Indent();
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>An element holding only text, on one line.</summary>
    public Markup Text(string tag, string classes, string text, string? attributes = null)
    {
        Indent();
        _html.Append('<').Append(tag);
        AppendClass(classes);
        if (attributes is not null)
            _html.Append(' ').Append(attributes);
        _html.Append('>');
        AppendEscaped(text);
        _html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A void element (img, input) or one whose content is given as ready markup.</summary>
    public Markup Void(string tag, string classes, string attributes)
    {
        Indent();
        _html.Append('<').Append(tag);
        AppendClass(classes);
        _html.Append(' ').Append(attributes).Append(">\n");
        return this;
    }

    public Markup Image(string url, string alt, string classes) =>
        Void("img", classes, "src=\"" + url + "\" alt=\"" + Escape(alt) + "\"");

    /// <summary>A stroked 24-unit icon: one short path, as real icon sets draw them.</summary>
    public Markup Icon(string path, string classes)
    {
        Indent();
        _html
            .Append("<svg class=\"")
            .Append(classes)
            .Append("\" fill=\"none\" viewBox=\"0 0 24 24\" stroke=\"currentColor\" stroke-width=\"2\"><path d=\"")
            .Append(path)
            .Append("\"/></svg>\n");
        return this;
    }

    /// <summary>Markup built elsewhere (inline SVG charts), written on its own line.</summary>
    public Markup Raw(string html)
    {
        Indent();
        _html.Append(html).Append('\n');
        return this;
    }

    public string Take()
    {
        while (_open.Count > 0)
            Close();
        var text = _html.ToString();
        _html.Clear();
        return text;
    }

    public static string Escape(string text) => ScriptValues.EscapeHtml(text);

    private void AppendClass(string classes)
    {
        if (classes.Length > 0)
            _html.Append(" class=\"").Append(classes).Append('"');
    }

    private void AppendEscaped(string text) => _html.Append(Escape(text));

    private void Indent() => _html.Append(' ', _open.Count * 2);
}
