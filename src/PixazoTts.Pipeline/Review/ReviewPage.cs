#pragma warning disable CS1591 // Placeholder: the real generator documents its API.
namespace PixazoTts.Pipeline.Review;

// Compile-time placeholder of the review page's entry point (the page generator lands from its own branch).
public sealed record ReviewLine(string Script, string Id, string Text, string? Voice, string? Prompt, string? LanguageCode, string Key, string AudioPath, bool IsPlaceholder, decimal CostUsd);

public sealed record ReviewPageResult(string IndexPath, int Lines, int New, int Changed);

public static class ReviewPage
{
    public static ReviewPageResult Write(IReadOnlyList<ReviewLine> lines, string outputDirectory) =>
        throw new NotSupportedException("The review page generator is not in this build.");
}
