namespace PixazoTts.Pipeline.Review;

/// <summary>How a line compares with the previous review written to the same folder.</summary>
internal enum ReviewStatus
{
    /// <summary>The previous review had no line with this script and id (or there was no previous review).</summary>
    New,

    /// <summary>The previous review had this script and id with another key: what is spoken or how has changed.</summary>
    Changed,

    /// <summary>The previous review had this script and id with the same key: the same audio.</summary>
    Unchanged,
}
