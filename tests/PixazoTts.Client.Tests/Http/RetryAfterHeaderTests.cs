using PixazoTts.Client.Http;

namespace PixazoTts.Client.Tests.Http;

public class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 17, 8, 22, 25, TimeSpan.Zero);

    [Theory]
    [InlineData("2", 2.0)]
    [InlineData(" 0 ", 0.0)]
    [InlineData("1.5", 1.5)]
    [InlineData("Fri, 17 Apr 2026 08:22:35 GMT", 10.0)]
    [InlineData("Fri, 17 Apr 2026 08:00:00 GMT", 0.0)]
    public void Delta_seconds_and_http_dates_are_read(string value, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Parse(value, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    public void Anything_else_means_no_hint(string? value)
    {
        Assert.Null(RetryAfterHeader.Parse(value, Now));
    }

    [Fact]
    public void The_header_name_is_matched_case_insensitively_in_captured_headers()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["retry-after"] = ["3"] };

        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfterHeader.Read(headers, Now));
        Assert.Null(RetryAfterHeader.Read(new Dictionary<string, IEnumerable<string>>(), Now));
    }
}
