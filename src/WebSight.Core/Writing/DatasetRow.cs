using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>
/// One row of the dataset. Column order and names follow WebSight v0.2 first (image, text, llm_generated_idea),
/// then our own. Public because Parquet.Net's serializer compiles accessors for it.
/// </summary>
public sealed class DatasetRow
{
    [JsonPropertyName("image")]
    public HfImage? Image { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("llm_generated_idea")]
    public string? LlmGeneratedIdea { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("generator")]
    public string? Generator { get; set; }

    /// <summary>The Tailwind CSS version the page is written for and was rendered with (2.2.19, 3.4.19 or 4.3.5).</summary>
    [JsonPropertyName("tailwind")]
    public string? Tailwind { get; set; }

    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>The page's layout family (landing, dashboard, ...) for template pages; null for other sources.</summary>
    [JsonPropertyName("archetype")]
    public string? Archetype { get; set; }

    [JsonPropertyName("seed")]
    public long Seed { get; set; }

    [JsonPropertyName("index")]
    public long Index { get; set; }

    /// <summary>The viewport this row's screenshot was rendered at (--viewports); "desktop" without the flag.</summary>
    [JsonPropertyName("viewport")]
    public string? Viewport { get; set; }

    [JsonPropertyName("width")]
    public int Width { get; set; }

    [JsonPropertyName("height")]
    public int Height { get; set; }

    [JsonPropertyName("page_height")]
    public int PageHeight { get; set; }

    [JsonPropertyName("clamped")]
    public bool Clamped { get; set; }

    [JsonPropertyName("visible_words")]
    public int VisibleWords { get; set; }

    /// <summary>The length of <see cref="Text"/> in o200k_base tokens: what it costs a model to read or write.</summary>
    [JsonPropertyName("code_tokens")]
    public int CodeTokens { get; set; }

    // Complexity of the page's markup, counted by the validator on the parsed document (the same for every viewport).

    /// <summary>Elements in the document, from &lt;html&gt; down.</summary>
    [JsonPropertyName("element_count")]
    public int ElementCount { get; set; }

    /// <summary>Nesting depth of the deepest element; &lt;html&gt; is depth 1.</summary>
    [JsonPropertyName("dom_depth")]
    public int DomDepth { get; set; }

    /// <summary>Distinct tag names in the document.</summary>
    [JsonPropertyName("distinct_tags")]
    public int DistinctTags { get; set; }

    /// <summary>Characters of visible text (outside scripts, styles and hidden elements), each node's text trimmed.</summary>
    [JsonPropertyName("text_length")]
    public int TextLength { get; set; }

    /// <summary>&lt;img&gt; elements in the document.</summary>
    [JsonPropertyName("image_count")]
    public int ImageCount { get; set; }

    /// <summary>QA checks the sample failed but was kept for (with --keep-flagged), comma-separated codes.</summary>
    [JsonPropertyName("qa_flags")]
    public string? QaFlags { get; set; }

    [JsonPropertyName("qa_luma_stddev")]
    public double QaLumaStdDev { get; set; }

    [JsonPropertyName("qa_dominant_share")]
    public double QaDominantShare { get; set; }

    [JsonPropertyName("qa_content_share")]
    public double QaContentShare { get; set; }

    [JsonPropertyName("qa_overflow_px")]
    public int QaOverflowPx { get; set; }

    [JsonPropertyName("qa_broken_images")]
    public int QaBrokenImages { get; set; }

    [JsonPropertyName("qa_text_overflow")]
    public int QaTextOverflow { get; set; }

    /// <summary>Perceptual hash of the screenshot, kept so near-duplicates can be found across shards.</summary>
    [JsonPropertyName("qa_image_hash")]
    public long QaImageHash { get; set; }

    /// <summary>SimHash of the visible text, for the same reason.</summary>
    [JsonPropertyName("qa_text_hash")]
    public long QaTextHash { get; set; }

    /// <summary>
    /// The <c>--images</c> library files the page showed, as a JSON array of {file, license, author}; null when it
    /// showed placeholders.
    /// </summary>
    [JsonPropertyName("image_sources")]
    public string? ImageSources { get; set; }

    /// <summary>Every rendered element with its box (CSS pixels of the image) and computed styles; null without --layout.</summary>
    [JsonPropertyName("layout_elements")]
    public List<LayoutElementRow>? LayoutElements { get; set; }

    /// <summary>Every block of text with its box and colour; null without --layout.</summary>
    [JsonPropertyName("layout_text")]
    public List<LayoutTextRow>? LayoutText { get; set; }

    /// <summary>The address the page was crawled from (WARC input); null for other inputs.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Requests the resource policy (--resources) answered with a placeholder or dropped.</summary>
    [JsonPropertyName("resources_replaced")]
    public int ResourcesReplaced { get; set; }

    /// <summary>The kinds of those requests (image, stylesheet, script, font, frame, ...), comma-separated; null for none.</summary>
    [JsonPropertyName("resource_kinds")]
    public string? ResourceKinds { get; set; }

    /// <summary>The language the page is written in (its html lang), for template pages; null for other generators.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>How the page is styled: <c>tailwind</c> (utility classes) or <c>css</c> (a style block, semantic classes).</summary>
    [JsonPropertyName("styling")]
    public string? Styling { get; set; }
}

/// <summary>The Hugging Face Image feature: a struct of encoded bytes and an optional path, in that order.</summary>
public sealed class HfImage
{
    [JsonPropertyName("bytes")]
    public byte[]? Bytes { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }
}
