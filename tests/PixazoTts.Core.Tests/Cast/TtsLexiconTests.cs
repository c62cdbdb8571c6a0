namespace PixazoTts.Tests.Cast;

/// <summary>Lexicon matching: whole words, case-sensitive, leftmost then longest, and the word rule per script.</summary>
public class TtsLexiconTests
{
    private static TtsLexicon Lexicon(params (string Word, string Respelling)[] entries) =>
        new(entries.Select(e => new TtsLexiconEntry(e.Word, e.Respelling, "cast.json", default)));

    [Theory]
    [InlineData("Welcome to Eldoria.", "Welcome to El-DOR-ee-ah.")]
    [InlineData("Eldoria's finest", "El-DOR-ee-ah's finest")]
    [InlineData("(Eldoria)", "(El-DOR-ee-ah)")]
    [InlineData("Eldoria-born", "El-DOR-ee-ah-born")]
    [InlineData("\"Eldoria\"!", "\"El-DOR-ee-ah\"!")]
    [InlineData("[whispers] Eldoria", "[whispers] El-DOR-ee-ah")]
    [InlineData("Eldorian", "Eldorian")]
    [InlineData("NewEldoria", "NewEldoria")]
    [InlineData("Eldoria2", "Eldoria2")]
    [InlineData("eldoria", "eldoria")]
    [InlineData("ELDORIA", "ELDORIA")]
    [InlineData("Eldoria Eldoria", "El-DOR-ee-ah El-DOR-ee-ah")]
    public void Latin_words_match_whole_and_case_sensitive(string text, string spoken) =>
        Assert.Equal(spoken, Lexicon(("Eldoria", "El-DOR-ee-ah")).Apply(text));

    [Fact]
    public void An_accented_letter_continues_a_word() =>
        Assert.Equal("Eldoriaé", Lexicon(("Eldoria", "X")).Apply("Eldoriaé"));

    [Fact]
    public void The_longest_entry_at_a_position_wins()
    {
        var lexicon = Lexicon(("Xyl", "Zill"), ("Xyl'thar", "Zill-thar"));

        Assert.Equal("Zill-thar wakes; Zill sleeps; Zill's hat", lexicon.Apply("Xyl'thar wakes; Xyl sleeps; Xyl's hat"));
    }

    [Fact]
    public void Of_overlapping_entries_the_leftmost_wins_and_replacements_are_not_scanned_again()
    {
        var lexicon = Lexicon(("New York", "Noo York"), ("York City", "Yawk Sity"), ("Noo", "never"));

        Assert.Equal("Noo York? Noo York City", lexicon.Apply("New York? New York City"));
        Assert.Equal("Noo York City", lexicon.Apply("New York City"));
        Assert.Equal("Yawk Sity", lexicon.Apply("York City"));
    }

    [Theory]
    [InlineData("Добро пожаловать в Эльдорию, Эльдория!", "Добро пожаловать в Эльдорию, Эль-до-ри-я!")]
    [InlineData("Эльдория.", "Эль-до-ри-я.")]
    public void Cyrillic_words_have_boundaries_like_Latin(string text, string spoken) =>
        Assert.Equal(spoken, Lexicon(("Эльдория", "Эль-до-ри-я")).Apply(text));

    [Theory]
    [InlineData("東京都に行く", "トーキョー都に行く")]
    [InlineData("東京", "トーキョー")]
    [InlineData("私は東京へ", "私はトーキョーへ")]
    public void CJK_entries_match_wherever_their_characters_occur(string text, string spoken) =>
        Assert.Equal(spoken, Lexicon(("東京", "トーキョー")).Apply(text));

    [Theory]
    [InlineData("使用GUI界面", "使用gooey界面")]
    [InlineData("GUIを開く", "gooeyを開く")]
    [InlineData("GUIs", "GUIs")]
    public void A_Latin_entry_next_to_CJK_is_a_whole_word(string text, string spoken) =>
        Assert.Equal(spoken, Lexicon(("GUI", "gooey")).Apply(text));

    [Fact]
    public void Korean_particles_do_not_hide_a_word() =>
        Assert.Equal("서-울에서", Lexicon(("서울", "서-울")).Apply("서울에서"));

    [Fact]
    public void Characters_outside_the_BMP_are_handled_as_one()
    {
        Assert.Equal("🐉 dragon 🐉", Lexicon(("Drakon", "dragon")).Apply("🐉 Drakon 🐉"));
        Assert.Equal("𠀀x", Lexicon(("𠀀", "𠀀x")).Apply("𠀀"));
    }

    [Fact]
    public void The_first_entry_of_a_word_wins_and_used_entries_are_reported()
    {
        var script = new TtsLexiconEntry("GUI", "gee-you-eye", "a.tts.json", default);
        var cast = new TtsLexiconEntry("GUI", "gooey", "cast.json", default);
        var unused = new TtsLexiconEntry("Orc", "ork", "cast.json", default);
        var used = new HashSet<TtsLexiconEntry>();

        Assert.Equal("The gee-you-eye.", new TtsLexicon([script, cast, unused]).Apply("The GUI.", used));
        Assert.Equal([script], used);
    }

    [Fact]
    public void Without_entries_the_text_is_returned_as_is()
    {
        const string text = "Nothing to respell.";
        Assert.Same(text, TtsLexicon.Empty.Apply(text));
        Assert.Same(text, Lexicon(("Orc", "ork")).Apply(text));
    }
}
