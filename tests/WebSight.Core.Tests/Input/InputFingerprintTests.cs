using WebSight.Core.Input;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Input;

public sealed class InputFingerprintTests
{
    [Fact]
    public void The_fingerprint_changes_when_a_page_is_added_changed_or_renamed_and_only_then()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine("a.html"), "<html><body>one</body></html>");
        File.WriteAllText(directory.Combine("c.html"), "<html><body>three</body></html>");
        string Fingerprint() => InputPageSource.Open(directory.Path).Fingerprint;

        var before = Fingerprint();
        Assert.StartsWith("2 files, sha256 ", before);
        Assert.Equal(before, Fingerprint());

        // Added between a kill and the resume: page b would take index 1 from c.
        File.WriteAllText(directory.Combine("b.html"), "<html><body>two</body></html>");
        var added = Fingerprint();
        Assert.NotEqual(before, added);

        File.WriteAllText(directory.Combine("b.html"), "<html><body>TWO</body></html>");
        Assert.NotEqual(added, Fingerprint());

        File.Delete(directory.Combine("b.html"));
        Assert.Equal(before, Fingerprint());
        File.Move(directory.Combine("c.html"), directory.Combine("d.html"));
        Assert.NotEqual(before, Fingerprint());
    }
}
