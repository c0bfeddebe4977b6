using System.Text.Json;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>`--images DIR`: a user's photos served in place of placeholders, cropped, credited, checked at start-up.</summary>
public sealed class PhotoLibraryTests : IDisposable
{
    private readonly TempDirectory _library = new();

    public void Dispose() => _library.Dispose();

    private void Photo(string file, int width = 900, int height = 600, byte red = 200)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(red, 120, 60));
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, new SKPaint { Color = SKColors.White });
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        Directory.CreateDirectory(Path.GetDirectoryName(_library.Combine(file))!);
        File.WriteAllBytes(_library.Combine(file), data.ToArray());
    }

    private void TeamAndMenu()
    {
        Photo("a.jpg", red: 10);
        Photo("b.jpg", red: 90);
        Photo("c.jpg", red: 170);
        Photo("d.jpg", red: 250);
        File.WriteAllLines(
            _library.Combine("images.csv"),
            [
                "file,keywords,license,author",
                "a.jpg,portrait chef,CC0,Ann Lee",
                "b.jpg,portrait;woman,CC-BY-4.0,\"Bo, Jr.\"",
                "c.jpg,pizza food,CC0,Cy",
                "d.jpg,house,CC-BY-SA-4.0,Di",
            ]
        );
    }

    private PageImages PageOf(string html) =>
        Shared.Resources().WithPhotos(PhotoLibrary.Open(_library.Path)).ImagesFor(html);

    [Fact]
    public void A_photo_is_cover_cropped_to_the_requested_size_as_a_jpeg()
    {
        TeamAndMenu();
        var url = ImageUrls.For(300, 500, "pizza");
        var response = PageOf($"<img src=\"{url}\">").ResolveImage(url);
        Assert.NotNull(response);
        Assert.Equal("image/jpeg", response.ContentType);
        using var codec = SKCodec.Create(new MemoryStream(response.Body));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal((300, 500), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void A_team_row_gets_different_matching_people_and_the_row_credits_each_file_once()
    {
        TeamAndMenu();
        var urls = Enumerable.Range(1, 3).Select(i => ImageUrls.For(200, 200, $"portrait,chef,{i}")).ToList();
        var menu = ImageUrls.For(400, 300, "pizza");
        var page = PageOf(string.Concat(urls.Append(menu).Select(u => $"<img src=\"{u}\">")));
        var bodies = urls.Select(u => Convert.ToBase64String(page.ResolveImage(u)!.Body)).ToList();
        page.ResolveImage(menu);
        Assert.NotEqual(bodies[0], bodies[1]);
        var sources = page.Sources!;
        Assert.Equal(["a.jpg", "b.jpg", "c.jpg"], sources.Select(s => s.File).Order());
        Assert.Equal("c.jpg", sources[^1].File);
        Assert.Contains(new ImageSource("b.jpg", "CC-BY-4.0", "Bo, Jr."), sources);
        var json = JsonSerializer.Serialize(sources);
        Assert.Contains("{\"file\":\"c.jpg\",\"license\":\"CC0\",\"author\":\"Cy\"}", json);
    }

    [Fact]
    public void The_choice_is_the_same_for_the_same_page_and_placeholders_record_no_sources()
    {
        TeamAndMenu();
        var html =
            $"<img src=\"{ImageUrls.For(200, 200, "portrait,x,1")}\"><img src=\"{ImageUrls.For(200, 200, "house")}\">";
        var first = PageOf(html);
        var second = PageOf(html);
        foreach (var url in ImageUrls.InText(html).Reverse())
            Assert.Equal(first.ResolveImage(url)!.Body, second.ResolveImage(url)!.Body);
        Assert.Equal(first.Sources, second.Sources);
        Assert.Null(Shared.Resources().ImagesFor(html).Sources);
    }

    [Fact]
    public void Without_a_sidecar_files_are_matched_by_the_words_of_their_names()
    {
        Photo("people/smiling-chef.jpg");
        Photo("food/pizza-margherita.png");
        var page = PageOf("");
        page.ResolveImage(ImageUrls.For(100, 100, "pizza"));
        page.ResolveImage(ImageUrls.For(100, 100, "portrait,chef,1"));
        Assert.Equal(["food/pizza-margherita.png", "people/smiling-chef.jpg"], page.Sources!.Select(s => s.File));
        Assert.Null(page.Sources![0].License);
    }

    [Fact]
    public void The_manifest_records_the_library_so_a_resume_with_another_one_is_refused()
    {
        TeamAndMenu();
        var manifest = Manifest(_library.Path);
        Assert.Equal(Path.GetFullPath(_library.Path), (string?)manifest["directory"]);
        Photo("e.jpg");
        File.AppendAllLines(_library.Combine("images.csv"), ["e.jpg,portrait,CC0,Ed"]);
        Assert.NotEqual((string?)manifest["fingerprint"], (string?)Manifest(_library.Path)["fingerprint"]);
    }

    private static System.Text.Json.Nodes.JsonNode Manifest(string images) =>
        new RunOptions
        {
            Count = 1,
            OutputDirectory = "out",
            Render = new RenderOptions { ImagesDirectory = images },
        }.ToManifest()["render"]!["images"]!;

    public static TheoryData<string, string> BrokenLibraries() =>
        new()
        {
            { "missing", "is not a directory" },
            { "empty", "holds no images" },
            { "unreadable", "is not a readable image" },
            { "sidecar names a missing file", "which is not a file in" },
            { "sidecar without a file column", "cannot read the sidecar" },
            { "malformed json", "cannot read the sidecar" },
        };

    [Theory]
    [MemberData(nameof(BrokenLibraries))]
    public void A_broken_library_stops_the_run_at_start_up_naming_the_flag(string broken, string message)
    {
        var directory = _library.Path;
        switch (broken)
        {
            case "missing":
                directory = _library.Combine("nowhere");
                break;
            case "unreadable":
                Photo("good.jpg");
                File.WriteAllText(_library.Combine("bad.jpg"), "not a jpeg");
                break;
            case "sidecar names a missing file":
                Photo("good.jpg");
                File.WriteAllLines(_library.Combine("images.csv"), ["file,keywords", "good.jpg,x", "gone.jpg,y"]);
                break;
            case "sidecar without a file column":
                Photo("good.jpg");
                File.WriteAllLines(_library.Combine("images.csv"), ["name,keywords", "good.jpg,x"]);
                break;
            case "malformed json":
                Photo("good.jpg");
                File.WriteAllText(_library.Combine("images.json"), "{\"file\": ");
                break;
        }
        var error = Assert.Throws<OptionsException>(() => new RenderOptions { ImagesDirectory = directory }.Validate());
        Assert.Equal(RenderOptions.ImagesFlag, error.Option);
        Assert.StartsWith("--images: ", error.Message);
        Assert.Contains(message, error.Message);
    }
}
