using SkiaSharp;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Review.Tests.Support;

/// <summary>
/// A small dataset written the way the pipeline writes one (ParquetFiles, Hugging Face metadata), with planted
/// cases: clean pages, a blank screenshot, two near-identical pages, and a page whose HTML carries a script.
/// </summary>
internal sealed class TestDataset : IDisposable
{
    public const string BlankId = "blank-000";
    public const string ScriptId = "script-000";
    public const string DuplicateId = "copy-001";
    public const string OriginalId = "copy-000";
    public const string Secret = "TOP-SECRET-MARKER-7f3a";

    private readonly TempDirectory _directory = new();

    public TestDataset()
    {
        Root = _directory.Combine("dataset");
        var rows = new List<DatasetRow>
        {
            Row(
                "clean-000",
                0,
                "bakery",
                Picture(SKColors.Goldenrod, 0),
                "Fresh bread daily from our wood oven in the harbour."
            ),
            Row(
                "clean-001",
                1,
                "cycling",
                Picture(SKColors.SeaGreen, 1),
                "Weekend rides for every level through the hills."
            ),
            Row(BlankId, 2, "bakery", Blank(), "An empty page."),
            Row(
                OriginalId,
                3,
                "legal",
                Picture(SKColors.Navy, 3),
                "Atlas Legal Partners advise families and small firms on contracts and property."
            ),
            Row(
                DuplicateId,
                4,
                "legal",
                Picture(SKColors.Navy, 3, shift: 1),
                "Atlas Legal Partners advise families and small firms on contracts and property!"
            ),
            Row(
                ScriptId,
                5,
                "cycling",
                Picture(SKColors.Crimson, 5),
                "A page whose script must never run in review.",
                "<div id=\"marker\" class=\"p-4 text-xl\">untouched</div>"
                    + "<script>document.getElementById('marker').textContent='SCRIPT RAN';"
                    + "try{parent.document.title='pwned'}catch(e){}</script>"
                    + "<img src=\"x\" onerror=\"document.getElementById('marker').textContent='HANDLER RAN'\">"
            ),
        };
        for (var i = 6; i < 10; i++)
            rows.Add(
                Row(
                    $"clean-{i:D3}",
                    i,
                    "travel",
                    Picture(SKColor.FromHsl(i * 36, 60, 50), i),
                    $"Travel offer number {i} with sunny beaches and quiet hotels {i * 7}."
                )
            );
        ParquetFiles
            .WriteAtomicallyAsync(
                Path.Combine(Root, "data", "train-00000-of-00001.parquet"),
                rows,
                4,
                CancellationToken.None
            )
            .GetAwaiter()
            .GetResult();
        File.WriteAllText(Path.Combine(Root, "run.json"), "{\"secret\":\"" + Secret + "\"}");
        File.WriteAllText(
            Path.Combine(Root, "stats.json"),
            "{\"accepted\":10,\"rejected_by_reason\":{\"too_few_words\":3,\"blank_image\":1}}"
        );
        Ids = rows.Select(r => r.Id!).ToList();
    }

    public string Root { get; }

    public IReadOnlyList<string> Ids { get; }

    public string Combine(params string[] parts) => _directory.Combine(parts);

    private static DatasetRow Row(string id, long index, string topic, byte[] image, string text, string extra = "") =>
        new()
        {
            Id = id,
            Index = index,
            Topic = topic,
            Generator = "template",
            Seed = 42,
            Image = new HfImage { Bytes = image },
            Text = PageWrapper.Wrap(
                "bg-white",
                $"<h1 class=\"text-3xl font-bold p-4\">{topic}</h1><p class=\"p-4\">{text}</p>{extra}"
            ),
            LlmGeneratedIdea = $"A {topic} website: {text}",
            Width = 640,
            Height = 800,
            PageHeight = 800,
            VisibleWords = text.Split(' ').Length,
        };

    /// <summary>A page-like picture: a header band, blocks, lines of "text"; the seed moves the blocks.</summary>
    private static byte[] Picture(SKColor accent, int seed, int shift = 0)
    {
        using var surface = SKSurface.Create(new SKImageInfo(640, 800));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = accent };
        canvas.DrawRect(0, 0, 640, 90, paint);
        var random = new Random(seed);
        canvas.DrawRect(40 + shift + random.Next(200), 140, 260, 220, paint);
        using var ink = new SKPaint { Color = SKColors.DimGray };
        for (var line = 0; line < 12; line++)
            canvas.DrawRect(40, 420 + line * 28, 300 + random.Next(250), 10, ink);
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static byte[] Blank()
    {
        using var surface = SKSurface.Create(new SKImageInfo(640, 800));
        surface.Canvas.Clear(SKColors.White);
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    public void Dispose() => _directory.Dispose();
}
