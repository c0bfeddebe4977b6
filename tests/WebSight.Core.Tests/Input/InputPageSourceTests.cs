using System.Diagnostics;
using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Input;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Input;

public sealed class InputPageSourceTests
{
    [Fact]
    public async Task Html_files_are_read_in_path_order_with_non_utf8_bytes_replaced_not_refused()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("b"));
        File.WriteAllText(directory.Combine("b", "second.html"), "<html><body>two</body></html>");
        File.WriteAllBytes(
            directory.Combine("a.htm"),
            [0xEF, 0xBB, 0xBF, .. "<html><body>caf"u8, 0xE9, .. "</body></html>"u8]
        );
        File.WriteAllText(directory.Combine("notes.txt"), "not a page");

        var source = InputPageSource.Open(directory.Path);
        Assert.Equal(2, source.FixedSampleCount);
        var first = (await source.GenerateAsync(SampleSpec.For(0, 0), CancellationToken.None)).Value!;
        Assert.Equal("a.htm", first.Topic);
        Assert.Equal("<html><body>caf\uFFFD</body></html>", first.Html);
        var second = (await source.GenerateAsync(SampleSpec.For(0, 1), CancellationToken.None)).Value!;
        Assert.Equal("b/second.html", second.Topic);
        Assert.Equal("input", second.Generator);
    }

    [Fact]
    public async Task Json_lines_give_text_and_idea_and_a_bad_line_is_a_rejection_with_its_line_number()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("pages.jsonl");
        File.WriteAllText(
            path,
            "{\"text\": \"<html><body>one</body></html>\", \"llm_generated_idea\": \"A bakery\"}\n\n"
                + "not json at all\n"
                + "{\"html\": \"wrong field\"}\r\n"
                + "{\"text\": \"<html><body>four</body></html>\", \"topic\": \"t\"}",
            Encoding.UTF8
        );
        var source = InputPageSource.Open(path);
        Assert.Equal(4, source.FixedSampleCount);

        var one = (await source.GenerateAsync(SampleSpec.For(0, 0), CancellationToken.None)).Value!;
        Assert.Equal("A bakery", one.Idea);
        var bad = (await source.GenerateAsync(SampleSpec.For(0, 1), CancellationToken.None)).Refusal!;
        Assert.Equal(RejectReason.InputUnreadable, bad.Reason);
        Assert.Contains("line 2", bad.Detail);
        var wrongField = (await source.GenerateAsync(SampleSpec.For(0, 2), CancellationToken.None)).Refusal!;
        Assert.Contains("no string field 'text'", wrongField.Detail);
        var four = (await source.GenerateAsync(SampleSpec.For(0, 3), CancellationToken.None)).Value!;
        Assert.Equal("<html><body>four</body></html>", four.Html);
        Assert.Equal("t", four.Topic);
    }

    [Fact]
    public void A_missing_or_empty_input_is_a_usage_error_naming_the_flag()
    {
        using var directory = new TempDirectory();
        Assert.Equal(
            "--input",
            Assert.Throws<OptionsException>(() => InputPageSource.Open(directory.Combine("nope"))).Option
        );
        Assert.Equal("--input", Assert.Throws<OptionsException>(() => InputPageSource.Open(directory.Path)).Option);
    }

    /// <summary>Generous: only keeps a hang (a FIFO opened, a cycle walked) from blocking the whole suite.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static Task<T> Bounded<T>(Func<T> work) => Task.Run(work).WaitAsync(HangGuard);

    private static Task<StepResult<GeneratedPage>> GenerateBounded(InputPageSource source, long index) =>
        source.GenerateAsync(SampleSpec.For(0, index), CancellationToken.None).AsTask().WaitAsync(HangGuard);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private const string PageText = "<html><body>a page of the input</body></html>";

    [Fact]
    public async Task Links_are_never_followed_so_nothing_outside_the_input_is_read_and_a_linked_cycle_ends()
    {
        using var directory = new TempDirectory();
        var input = directory.Combine("input");
        var outside = directory.Combine("outside");
        Directory.CreateDirectory(Path.Combine(input, "real"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(input, "a.html"), PageText);
        File.WriteAllText(Path.Combine(input, "real", "b.html"), PageText);
        File.WriteAllText(Path.Combine(outside, "secret.html"), "<html><body>outside</body></html>");
        File.CreateSymbolicLink(Path.Combine(input, "passwd.html"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(input, "outside.html"), Path.Combine(outside, "secret.html"));
        File.CreateSymbolicLink(Path.Combine(input, "again.html"), Path.Combine(input, "a.html"));
        File.CreateSymbolicLink(Path.Combine(input, "zero.html"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(input, "real", "loop"), input);
        Directory.CreateSymbolicLink(Path.Combine(input, "elsewhere"), outside);
        File.CreateSymbolicLink(Path.Combine(input, "notes.txt"), "/etc/hostname");

        var source = await Bounded(() => InputPageSource.Open(input));

        Assert.Equal(2, source.FixedSampleCount);
        Assert.Equal(
            ["again.html", "elsewhere", "outside.html", "passwd.html", "real/loop", "zero.html"],
            source.Skipped.Select(s => s.Path)
        );
        Assert.All(source.Skipped, s => Assert.Equal(SkipReason.SymbolicLink, s.Reason));
        var pages = new[] { await GenerateBounded(source, 0), await GenerateBounded(source, 1) };
        Assert.Equal(["a.html", "real/b.html"], pages.Select(p => p.Value!.Topic));
        Assert.All(pages, p => Assert.Equal(PageText, p.Value!.Html));
    }

    [Fact]
    public async Task A_fifo_socket_or_device_named_like_a_page_is_skipped_unopened_and_each_kind_is_reported()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine("page.html"), PageText);
        MakeFifo(directory.Combine("fifo.html"));
        MakeFifo(directory.Combine("other-fifo.htm"));
        MakeFifo(directory.Combine("fifo.txt"));
        using var socket = new System.Net.Sockets.Socket(
            System.Net.Sockets.AddressFamily.Unix,
            System.Net.Sockets.SocketType.Stream,
            System.Net.Sockets.ProtocolType.Unspecified
        );
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(directory.Combine("socket.html")));

        var source = await Bounded(() => InputPageSource.Open(directory.Path));

        Assert.Equal(1, source.FixedSampleCount);
        Assert.Equal(
            [("fifo.html", SkipReason.Fifo), ("other-fifo.htm", SkipReason.Fifo), ("socket.html", SkipReason.Socket)],
            source.Skipped.Select(s => (s.Path, s.Reason))
        );
        Assert.Equal(
            [
                "Skipped FIFOs (never opened): 2 (fifo.html, other-fifo.htm)",
                "Skipped sockets (never opened): 1 (socket.html)",
            ],
            source.SkipSummary()
        );
        var stats = new RunStats();
        source.CountSkips(stats);
        Assert.Equal(2, stats.Counter("input.skipped.fifo"));
        Assert.Equal(1, stats.Counter("input.skipped.socket"));
        Assert.Equal(PageText, (await GenerateBounded(source, 0)).Value!.Html);
    }

    [Fact]
    public async Task A_page_replaced_by_a_fifo_or_a_link_after_listing_is_refused_without_blocking()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine("a.html"), PageText);
        File.WriteAllText(directory.Combine("b.html"), PageText);
        File.WriteAllText(directory.Combine("c.html"), PageText);
        var source = InputPageSource.Open(directory.Path);

        File.Delete(directory.Combine("a.html"));
        MakeFifo(directory.Combine("a.html"));
        File.Delete(directory.Combine("b.html"));
        File.CreateSymbolicLink(directory.Combine("b.html"), "/etc/passwd");

        var fifo = (await GenerateBounded(source, 0)).Refusal!;
        Assert.Equal(RejectReason.InputUnreadable, fifo.Reason);
        Assert.Contains("no longer a regular file", fifo.Detail);
        var link = (await GenerateBounded(source, 1)).Refusal!;
        Assert.Equal(RejectReason.InputUnreadable, link.Reason);
        Assert.Null(link.Evidence);
        Assert.Equal(PageText, (await GenerateBounded(source, 2)).Value!.Html);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_rejected_as_too_large_without_being_read()
    {
        using var directory = new TempDirectory();
        File.WriteAllBytes(directory.Combine("at-limit.html"), new byte[1024]);
        File.WriteAllBytes(directory.Combine("over-limit.html"), new byte[1025]);
        using (var sparse = File.Create(directory.Combine("sparse-8gb.html")))
            sparse.SetLength(8L << 30);
        var source = InputPageSource.Open(directory.Path, maxPageBytes: 1024);

        Assert.Equal(1024, (await GenerateBounded(source, 0)).Value!.Html.Length);
        var over = (await GenerateBounded(source, 1)).Refusal!;
        Assert.Equal(RejectReason.TooLarge, over.Reason);
        Assert.Contains("1025 bytes, limit 1024", over.Detail);
        Assert.Null(over.Evidence);
        var huge = (await GenerateBounded(source, 2)).Refusal!;
        Assert.Equal(RejectReason.TooLarge, huge.Reason);
        Assert.Contains($"{8L << 30} bytes", huge.Detail);
    }

    [Fact]
    public async Task A_json_lines_input_that_is_a_fifo_or_a_device_is_refused_by_name_before_it_is_opened()
    {
        using var directory = new TempDirectory();
        var fifo = directory.Combine("pages.jsonl");
        MakeFifo(fifo);
        var zero = directory.Combine("zero.jsonl");
        File.CreateSymbolicLink(zero, "/dev/zero");

        var fromFifo = await Bounded(() => Assert.Throws<OptionsException>(() => InputPageSource.Open(fifo)));
        Assert.Equal("--input", fromFifo.Option);
        Assert.Contains("is a FIFO, not a regular file", fromFifo.Message);
        var fromZero = await Bounded(() => Assert.Throws<OptionsException>(() => InputPageSource.Open(zero)));
        Assert.Contains("is a device, not a regular file", fromZero.Message);
        var fromDevice = await Bounded(() => Assert.Throws<OptionsException>(() => InputPageSource.Open("/dev/zero")));
        Assert.Contains("is a device", fromDevice.Message);
    }
}
