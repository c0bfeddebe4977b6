using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;

namespace WebSight.Core.Tests.Quality;

/// <summary>The measurements and the index on inputs whose answers are known, without a browser.</summary>
public sealed class QualityUnitTests
{
    private static byte[] Encode(int width, int height, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static void Box(SKCanvas canvas, float x, float y, float w, float h, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour };
        canvas.DrawRect(x, y, w, h, paint);
    }

    [Fact]
    public void A_plain_image_is_blank_and_a_busy_one_is_not()
    {
        var blank = ImageAnalyzer.Analyze(Encode(2560, 1600, _ => { }));
        var busy = ImageAnalyzer.Analyze(
            Encode(
                2560,
                1600,
                c =>
                {
                    Box(c, 0, 0, 2560, 300, SKColors.Navy);
                    Box(c, 200, 500, 900, 600, SKColors.Orange);
                }
            )
        );
        var failuresBlank = QualityRules.Failures(blank, null, new QualityOptions());
        Assert.Equal(RejectReason.BlankImage, Assert.Single(failuresBlank).Reason);
        Assert.True(blank.LumaStdDev < 1 && blank.DominantShare > 0.999);
        Assert.Empty(QualityRules.Failures(busy, null, new QualityOptions()));
        Assert.InRange(busy.ContentShare, 0.25, 0.35); // 300/1600 + 900*600/(2560*1600), about 0.32
    }

    [Fact]
    public void An_image_with_a_speck_of_content_is_low_content_not_blank()
    {
        // 1% content would pass; 0.6% (a 200x200 box in 2560x1600... of contrasting colour) is below the 1% default.
        var metrics = ImageAnalyzer.Analyze(Encode(1280, 800, c => Box(c, 100, 100, 80, 80, SKColors.Black)));
        Assert.InRange(metrics.ContentShare, 0.004, 0.009);
        var failure = Assert.Single(
            QualityRules.Failures(metrics, null, new QualityOptions { MaxDominantShare = 0.999 })
        );
        Assert.Equal(RejectReason.LowContent, failure.Reason);
    }

    [Fact]
    public void Png_and_jpeg_of_the_same_picture_hash_within_a_few_bits_and_different_pictures_far_apart()
    {
        void Draw(SKCanvas c)
        {
            Box(c, 0, 0, 1280, 120, SKColors.DarkSlateBlue);
            Box(c, 100, 300, 500, 300, SKColors.Tomato);
        }
        using var surface = SKSurface.Create(new SKImageInfo(1280, 1600));
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas);
        using var snapshot = surface.Snapshot();
        var png = snapshot.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, 40).ToArray();
        var other = Encode(1280, 1600, c => Box(c, 640, 0, 640, 900, SKColors.SeaGreen));

        var a = ImageAnalyzer.Analyze(png).PerceptualHash;
        var b = ImageAnalyzer.Analyze(jpeg).PerceptualHash;
        var c = ImageAnalyzer.Analyze(other).PerceptualHash;
        Assert.True(DifferenceHash.Distance(a, b) <= 2, $"png/jpeg distance {DifferenceHash.Distance(a, b)}");
        Assert.True(DifferenceHash.Distance(a, c) >= 10, $"different distance {DifferenceHash.Distance(a, c)}");
    }

    [Fact]
    public void Simhash_of_a_lightly_edited_text_is_close_and_of_another_text_is_far()
    {
        const string text =
            "Welcome to Green Valley Bakery. We bake sourdough bread, croissants and seasonal pies every morning "
            + "with flour from local mills. Visit our shop on Market Street or order online for delivery across town. "
            + "Our pastry chefs trained in Lyon and Vienna and love to teach weekend classes for beginners.";
        var edited = text.Replace("every morning", "each morning", StringComparison.Ordinal);
        const string other =
            "Quarterly revenue report for the logistics division: shipments grew in the northern region while "
            + "warehouse costs fell after the new routing software went live in the spring and customs delays eased.";
        var distanceEdited = DifferenceHash.Distance(TextSimHash.Compute(text), TextSimHash.Compute(edited));
        var distanceOther = DifferenceHash.Distance(TextSimHash.Compute(text), TextSimHash.Compute(other));
        Assert.InRange(distanceEdited, 1, 8);
        Assert.True(distanceOther > 16, $"unrelated distance {distanceOther}");
        Assert.Equal(TextSimHash.Compute(text), TextSimHash.Compute("  " + text.ToUpperInvariant() + "\n"));
    }

    [Fact]
    public void Visible_text_drops_markup_scripts_styles_and_the_head()
    {
        const string html =
            "<html><head><title>T</title><style>.a{color:red}</style></head><body class=\"bg-white\">"
            + "<!-- hidden --><h1 class=\"text-xl\">Fish &amp; Chips</h1><script>var x = 'secret';</script>"
            + "<p>Open\n  daily</p></body></html>";
        Assert.Equal("Fish & Chips Open daily", VisibleText.FromHtml(html));
    }

    [Fact]
    public void The_index_finds_exactly_what_a_brute_force_scan_finds_and_names_the_earliest()
    {
        var random = new Random(7);
        var index = new NearDuplicateIndex(imageDistance: 6, textDistance: 8);
        var stored = new List<(string Id, ulong Image, ulong Text)>();
        ulong Next() => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        ulong Flip(ulong value, int bits)
        {
            for (var i = 0; i < bits; i++)
                value ^= 1UL << random.Next(64);
            return value;
        }
        for (var i = 0; i < 3000; i++)
        {
            // Half the hashes are near an earlier one, so both answers occur often.
            var (image, text) =
                i > 0 && random.Next(2) == 0
                    ? (
                        Flip(stored[random.Next(stored.Count)].Image, random.Next(10)),
                        Flip(stored[^1].Text, random.Next(10))
                    )
                    : (Next(), Next());
            var expected = stored.FindIndex(s =>
                DifferenceHash.Distance(s.Image, image) <= 6 && DifferenceHash.Distance(s.Text, text) <= 8
            );
            var found = index.FindEarlier(image, text);
            Assert.Equal(expected < 0 ? null : stored[expected].Id, found?.Id);
            index.Add($"s{i}", image, text);
            stored.Add(($"s{i}", image, text));
        }
    }

    [Fact]
    public void Check_and_add_remembers_only_samples_that_are_not_duplicates()
    {
        var index = new NearDuplicateIndex(4, 4);
        Assert.Null(index.CheckAndAdd("a", 0xFF00, 0x0F));
        Assert.Equal("a", index.CheckAndAdd("b", 0xFF01, 0x0F)?.Id);
        Assert.Equal(1, index.Count);
        Assert.Null(index.CheckAndAdd("c", 0xFF00_0000_0000, 0x0F));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void A_pages_viewports_never_match_each_other_and_are_remembered_only_together()
    {
        var index = new NearDuplicateIndex(4, 4);
        // Desktop and phone renders of one page, near each other: not a duplicate of itself.
        Assert.All(index.CheckAndAddAll("a", [(0xFF00, 0x0F), (0xFF01, 0x0F)]), Assert.Null);
        Assert.Equal(2, index.Count);
        // Another page whose phone render repeats a's: a duplicate, and none of its renders is remembered.
        var matches = index.CheckAndAddAll("b", [(0xFF00_0000_0000, 0xF0F0), (0xFF01, 0x0F)]);
        Assert.Null(matches[0]);
        Assert.Equal("a", matches[1]?.Id);
        Assert.Equal(2, index.Count);
    }

    [Theory]
    [InlineData("--qa-min-luma-stddev", nameof(QualityOptions.MinLumaStdDev))]
    [InlineData("--qa-max-dominant-share", nameof(QualityOptions.MaxDominantShare))]
    [InlineData("--dedup-image-distance", nameof(QualityOptions.ImageHashMaxDistance))]
    [InlineData("--dedup-text-distance", nameof(QualityOptions.TextHashMaxDistance))]
    [InlineData("--qa-max-broken-images", nameof(QualityOptions.MaxBrokenImages))]
    public void Invalid_thresholds_are_refused_naming_the_flag(string flag, string property)
    {
        var options = property switch
        {
            nameof(QualityOptions.MinLumaStdDev) => new QualityOptions { MinLumaStdDev = -1 },
            nameof(QualityOptions.MaxDominantShare) => new QualityOptions { MaxDominantShare = 1.5 },
            nameof(QualityOptions.ImageHashMaxDistance) => new QualityOptions { ImageHashMaxDistance = 40 },
            nameof(QualityOptions.TextHashMaxDistance) => new QualityOptions { TextHashMaxDistance = -2 },
            _ => new QualityOptions { MaxBrokenImages = -1 },
        };
        var error = Assert.Throws<OptionsException>(options.Validate);
        Assert.Equal(flag, error.Option);
        new QualityOptions().Validate();
    }
}
