using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Parquet.Serialization;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Bench;

/// <summary>Template generation, one core: the composer against the cost of rendering its Scriban sections alone.</summary>
[MemoryDiagnoser]
public class TemplateGenerationBenchmarks
{
    private const int Pages = 200;
    private TemplateGenerator _generator = null!;

    /// <summary>English only (the default), or every supported language mixed (--locales with all ten).</summary>
    [Params("en", "all")]
    public string Locales { get; set; } = "en";

    [GlobalSetup]
    public void Setup() =>
        _generator = new TemplateGenerator(
            new TemplateGeneratorOptions
            {
                Locales = Locales == "all" ? Core.Generation.Locales.LocaleSet.Supported : null,
            }
        );

    [Benchmark(OperationsPerInvoke = Pages, Description = "generate a page")]
    public int Generate()
    {
        var bytes = 0;
        for (var i = 0; i < Pages; i++)
            bytes += _generator.Generate(SampleSpec.For(1, i)).Html.Length;
        return bytes;
    }
}

/// <summary>
/// Drawing a placeholder picture, one core, against hashing its keyword (the first step of every draw): a page shows
/// a few pictures and the renderer draws each on request, so a draw must stay a small multiple of a hash.
/// </summary>
[MemoryDiagnoser]
public class PlaceholderBenchmarks
{
    private const int Pictures = 1000;
    private readonly ImageRequest[] _requests = Enumerable
        .Range(0, Pictures)
        .Select(i => new ImageRequest(640, 480, $"{Enum.GetNames<ImagePurpose>()[i % 9].ToLowerInvariant()},x,{i}"))
        .ToArray();

    [Benchmark(Baseline = true, OperationsPerInvoke = Pictures, Description = "hash the keyword")]
    public int Hash() =>
        _requests.Sum(r =>
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(r.Keyword))[0]
        );

    [Benchmark(OperationsPerInvoke = Pictures, Description = "draw a placeholder")]
    public int Draw() => _requests.Sum(r => PlaceholderImages.Render(r).Length);
}

/// <summary>Counting a page's o200k code tokens, one core: the fast split against the tokenizer library's own.</summary>
[MemoryDiagnoser]
public class CodeTokenBenchmarks
{
    private const int Pages = 200;
    private List<string> _pages = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
        _pages = Enumerable.Range(0, Pages).Select(i => generator.Generate(SampleSpec.For(4, i)).Html).ToList();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages, Description = "count tokens (library split)")]
    public int Library() => _pages.Sum(CodeTokens.CountByLibrary);

    [Benchmark(OperationsPerInvoke = Pages, Description = "count tokens")]
    public int Fast() => _pages.Sum(CodeTokens.Count);
}

/// <summary>Validation, one core, against parsing alone with the same parser (the floor of any DOM check).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private List<GeneratedPage> _pages = null!;
    private HtmlValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
        _pages = Enumerable.Range(0, 200).Select(i => generator.Generate(SampleSpec.For(2, i))).ToList();
        _validator = new HtmlValidator(new ValidationOptions(), TailwindRules.Parse(TailwindStylesheet.Load().Bytes));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 200, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        var parser = new HtmlParser();
        var elements = 0;
        foreach (var page in _pages)
        {
            using var document = parser.ParseDocument(page.Html);
            elements += document.All.Length;
        }
        return elements;
    }

    [Benchmark(OperationsPerInvoke = 200, Description = "validate a page")]
    public int Validate() => _pages.Count(p => _validator.Validate(p).Passed);
}

/// <summary>Parquet writing of dataset rows, against copying the same bytes into a stream (the floor).</summary>
[MemoryDiagnoser]
public class ParquetWritingBenchmarks
{
    private const int Rows = 64;
    private List<DatasetRow> _rows = null!;
    private long _bytes;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
        var random = new Random(3);
        _rows = Enumerable
            .Range(0, Rows)
            .Select(i =>
            {
                var page = generator.Generate(SampleSpec.For(3, i));
                // Screenshots are JPEG: incompressible, about 400 KB at the default settings.
                var image = new byte[400_000];
                random.NextBytes(image);
                return new DatasetRow
                {
                    Image = new HfImage { Bytes = image },
                    Text = page.Html,
                    LlmGeneratedIdea = page.Idea,
                    Id = page.Spec.Id,
                    Generator = page.Generator,
                    Topic = page.Topic,
                    Seed = page.Spec.Seed,
                    Index = i,
                    Width = 2560,
                    Height = 6000,
                };
            })
            .ToList();
        _bytes = _rows.Sum(r => r.Image!.Bytes!.Length + r.Text!.Length + r.LlmGeneratedIdea!.Length);
        Console.WriteLine($"// {Rows} rows, {_bytes / 1048576.0:F1} MB per operation");
    }

    [Benchmark(Baseline = true, Description = "copy the bytes to a stream")]
    public long CopyOnly()
    {
        using var stream = new MemoryStream();
        foreach (var row in _rows)
        {
            stream.Write(row.Image!.Bytes);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(row.Text!));
        }
        return stream.Length;
    }

    [Benchmark(Description = "write 64 rows as Parquet")]
    public async Task<long> WriteParquet()
    {
        using var stream = new MemoryStream();
        await ParquetSerializer.SerializeAsync(_rows, stream, null, HuggingFaceFeatures.Metadata());
        return stream.Length;
    }
}
