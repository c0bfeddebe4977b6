using WebSight.Core.Foundation;

namespace WebSight.Core.Tests.Foundation;

public sealed class SecretRedactorTests
{
    private static readonly SecretRedactor Redactor = new(["my-local-key-1", "my-local-key-12345", "no-key", null]);

    [Theory]
    [InlineData("key my-local-key-12345 refused", "key [redacted] refused")]
    [InlineData("key my-local-key-1, again my-local-key-1", "key [redacted], again [redacted]")]
    [InlineData("Incorrect API key provided: sk-proj-Zx81mQ0vTq7LrW2yHc5N.", "Incorrect API key provided: [redacted].")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc", "Authorization: Bearer [redacted]")]
    [InlineData("api-key 0123456789ABCDEF0123456789abcdef is invalid", "api-key [redacted] is invalid")]
    public void Configured_keys_and_key_shaped_strings_are_masked(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    // Ordinary page text that looks a little like a key stays as it is.
    [InlineData("""<div class="desk-organizer-collection-items">Bearer bonds, sk-short</div>""")]
    [InlineData("""<p class="text-blue-700">#1e40af and a commit 0123456789abcdef0123456789abcdef01234567</p>""")]
    // A GUID folder in a path is a name, not a key.
    [InlineData("/tmp/websight-tests/81d55e3d35ee4f7abca6712345678901: holds no dataset")]
    // A placeholder of a local server is no secret.
    [InlineData("sent no-key to the local server")]
    public void Text_without_keys_is_left_alone(string text) => Assert.Equal(text, Redactor.Redact(text));

    [Fact]
    public void Null_and_empty_text_stay_as_they_are()
    {
        Assert.Null(Redactor.Redact(null));
        Assert.Equal("", Redactor.Redact(""));
    }
}
