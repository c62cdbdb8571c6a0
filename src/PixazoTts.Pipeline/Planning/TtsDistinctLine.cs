namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// Every occurrence of one utterance (same text, voice, prompt and language after defaults, in any file): it is looked
/// up, synthesized and paid for once. Its gateway key is computed once, here; the placeholder key only when a build
/// needs it (most builds never do).
/// </summary>
internal sealed class TtsDistinctLine
{
    private TtsKeyedUtterance? _placeholder;

    public TtsDistinctLine(IReadOnlyList<TtsLineOccurrence> occurrences)
    {
        Occurrences = occurrences;
        Utterance = occurrences[0].Resolved.Utterance;
        Gateway = new TtsKeyedUtterance(TtsModels.Gateway, Utterance);
    }

    public IReadOnlyList<TtsLineOccurrence> Occurrences { get; }

    /// <summary>The first occurrence (files in relative-path order): the one errors and progress name.</summary>
    public TtsLineOccurrence First => Occurrences[0];

    public TtsUtterance Utterance { get; }

    /// <summary>The utterance as the gateway makes it, with its key.</summary>
    public TtsKeyedUtterance Gateway { get; }

    /// <summary>The utterance as the placeholder voice makes it, with its key (computed on first use).</summary>
    public TtsKeyedUtterance Placeholder => _placeholder ??= new TtsKeyedUtterance(TtsModels.Placeholder, Utterance);

    /// <summary>Groups occurrences by utterance (value equality, no hashing), keeping the first occurrence's order.</summary>
    public static IReadOnlyList<TtsDistinctLine> Group(IEnumerable<TtsLineOccurrence> occurrences) =>
        occurrences.GroupBy(o => o.Resolved.Utterance).Select(g => new TtsDistinctLine(g.ToList())).ToList();
}
