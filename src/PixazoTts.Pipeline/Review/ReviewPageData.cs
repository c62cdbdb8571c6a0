using System.Globalization;
using System.Text.RegularExpressions;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// Everything the page shows, embedded in it as JSON (<c>&lt;script type="application/json" id="review-data"&gt;</c>)
/// and rendered by its script with text nodes only. Property names are the page script's contract.
/// </summary>
internal sealed record ReviewPageData(
    bool FirstReview,
    ReviewPageSummary Summary,
    IReadOnlyList<ReviewRemovedLine> Removed,
    IReadOnlyList<ReviewPageLine> Lines);

/// <summary>The page's header figures.</summary>
internal sealed record ReviewPageSummary(
    int Lines,
    int New,
    int Changed,
    int Unchanged,
    int Placeholder,
    int Real,
    double DurationSeconds,
    decimal CostUsd,
    string CostText);

/// <summary>A line the previous review had and this one does not.</summary>
internal sealed record ReviewRemovedLine(string Script, string Id);

/// <summary>
/// One row of the page. <c>Lang</c> is the text's <c>lang</c> attribute (the language code when it is a well-formed
/// tag, else null); <c>Audio</c> the audio file relative to the page ('/'-separated); <c>Status</c> "new", "changed" or
/// "unchanged"; <c>DurationSeconds</c> the WAV's duration (null for other formats: the browser reports it);
/// <c>Peaks</c> the waveform (0..100 per bar, empty when the file is not a WAV); <c>Problem</c> why the audio cannot be
/// read, when it cannot.
/// </summary>
internal sealed record ReviewPageLine(
    string Script,
    string Id,
    string Text,
    string? Voice,
    string? Prompt,
    string? Language,
    string? Lang,
    string Key,
    string Audio,
    bool Placeholder,
    decimal CostUsd,
    string CostText,
    string Status,
    double? DurationSeconds,
    IReadOnlyList<int> Peaks,
    string? Problem);

/// <summary>How the page writes figures: the same text in every culture.</summary>
internal static partial class ReviewFormat
{
    /// <summary>US dollars with at least 2 and at most 6 decimals: "$0.00", "$0.0042", "$1.25".</summary>
    public static string Usd(decimal value) =>
        (value < 0 ? "-$" : "$") + Math.Round(Math.Abs(value), 6, MidpointRounding.AwayFromZero).ToString("0.00####", CultureInfo.InvariantCulture);

    /// <summary>
    /// The language code as an HTML <c>lang</c> value when it is a well-formed BCP-47 tag (letters, digits and hyphens
    /// in subtags of 1 to 8), else null: a malformed value would only mislead font and shaping choices.
    /// </summary>
    public static string? LangAttribute(string? languageCode) =>
        languageCode is not null && LanguageTag().IsMatch(languageCode) ? languageCode : null;

    public static string StatusName(ReviewStatus status) => status switch
    {
        ReviewStatus.New => "new",
        ReviewStatus.Changed => "changed",
        _ => "unchanged",
    };

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
