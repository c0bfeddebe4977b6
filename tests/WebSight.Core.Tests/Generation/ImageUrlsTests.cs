using WebSight.Core.Generation;

namespace WebSight.Core.Tests.Generation;

public sealed class ImageUrlsTests
{
    [Fact]
    public void Urls_round_trip_size_and_keyword()
    {
        var url = ImageUrls.For(640, 480, "Coffee Beans");
        Assert.Equal("https://source.unsplash.com/random/640x480/?coffee%20beans", url);
        Assert.True(ImageUrls.TryParse(url, out var request));
        Assert.Equal(new ImageRequest(640, 480, "coffee beans"), request);
    }

    [Theory]
    [InlineData("https://source.unsplash.com/random/1600x900/?city", 1600, 900, "city")]
    [InlineData("https://source.unsplash.com/800x600/?nature,water", 800, 600, "nature,water")]
    [InlineData("http://source.unsplash.com/random/300x200", 300, 200, "image")]
    public void The_old_websight_unsplash_urls_are_understood(string url, int width, int height, string keyword)
    {
        Assert.True(ImageUrls.TryParse(url, out var request));
        Assert.Equal(new ImageRequest(width, height, keyword), request);
    }

    [Theory]
    [InlineData("https://evil.example/random/100x100/?x")]
    [InlineData("https://source.unsplash.com/random/0x100/?x")]
    [InlineData("https://source.unsplash.com/random/99999x100/?x")]
    [InlineData("file:///etc/passwd")]
    public void Anything_else_is_not_an_image_request(string url) => Assert.False(ImageUrls.TryParse(url, out _));
}
