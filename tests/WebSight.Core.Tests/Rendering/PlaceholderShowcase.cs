using System.Text;
using WebSight.Core.Generation;

namespace WebSight.Core.Tests.Rendering;

/// <summary>A page as the template generator would write one: a team row, a product grid and a menu, then the rest.</summary>
internal static class PlaceholderShowcase
{
    private static readonly (string Title, int Width, int Height, string Shape, string[] Keywords)[] Sections =
    [
        ("Our team", 400, 400, "rounded-full", ["portrait,chef,1", "portrait,founder,2", "portrait,designer,3"]),
        ("Shop", 400, 400, "rounded-lg", ["product,shoe,1", "product,mug,2", "product,phone,3", "product,bottle,4"]),
        ("Menu", 400, 400, "rounded-lg", ["pizza", "coffee,1", "food,salad,2", "cake"]),
        ("Places", 480, 320, "rounded", ["house", "office", "kitchen", "livingroom"]),
        ("And more", 480, 320, "rounded", ["beach", "logo,acme,1", "illustration,startup,1", "chart,sales,1"]),
    ];

    public static string Body { get; } = Build();

    private static string Build()
    {
        var html = new StringBuilder("<div class=\"max-w-5xl mx-auto p-8 space-y-10\">");
        foreach (var (title, width, height, shape, keywords) in Sections)
        {
            html.Append($"<section><h2 class=\"text-2xl font-bold mb-4\">{title}</h2>");
            html.Append($"<div class=\"grid grid-cols-{keywords.Length} gap-6\">");
            foreach (var keyword in keywords)
                html.Append(
                    $"<img class=\"w-full {shape}\" src=\"{ImageUrls.For(width, height, keyword)}\" alt=\"{title}\">"
                );
            html.Append("</div></section>");
        }
        return html.Append("</div>").ToString();
    }
}
