using System.Collections;
using System.Reflection;
using System.Text;
using Scriban.Runtime;

namespace WebSight.Core.Generation;

/// <summary>Turns catalogue records into Scriban values: snake_case keys, text made safe for HTML text and attributes.</summary>
internal static class ScriptValues
{
    public static object? From(object? value) =>
        value switch
        {
            null => null,
            IScriptObject => value,
            string text => EscapeHtml(text),
            bool or int or long or double => value,
            IEnumerable items => ArrayOf(items.Cast<object?>()),
            _ => ObjectOf(value),
        };

    public static ScriptArray ArrayOf(IEnumerable<object?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
            array.Add(From(item));
        return array;
    }

    private static ScriptObject ObjectOf(object value)
    {
        var result = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
                continue;
            result[SnakeCase(property.Name)] = From(property.GetValue(value));
        }
        return result;
    }

    /// <summary>Escapes only what would break markup, so curated text stays readable in the dataset.</summary>
    public static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(
                c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    _ => c.ToString(),
                }
            );
        }
        return builder.ToString();
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
