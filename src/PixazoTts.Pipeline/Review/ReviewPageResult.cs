namespace PixazoTts.Pipeline.Review;

/// <summary>What <see cref="ReviewPage.Write"/> wrote.</summary>
/// <param name="IndexPath">The absolute path of the page, <c>DIR/index.html</c>.</param>
/// <param name="Lines">How many lines the page shows.</param>
/// <param name="New">Lines that the previous review in the folder did not have (all of them on a first review).</param>
/// <param name="Changed">Lines whose script and id the previous review had with another key (other text, voice, prompt,
/// language or model).</param>
public sealed record ReviewPageResult(string IndexPath, int Lines, int New, int Changed);
