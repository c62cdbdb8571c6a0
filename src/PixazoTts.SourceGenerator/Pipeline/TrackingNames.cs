namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can assert which steps ran (Cached/Unchanged/Modified).</summary>
    public static class TrackingNames
    {
        /// <summary>The <c>TtsAsset</c> additional files with their item metadata.</summary>
        public const string Scripts = "PixazoTts.Scripts";

        /// <summary>Each script parsed by Core's parser.</summary>
        public const string Parsed = "PixazoTts.Parsed";

        /// <summary>The project's defaults and namespace.</summary>
        public const string Project = "PixazoTts.Project";

        /// <summary>The cross-file half of the naming validation, over paths only: which scripts become classes (PTTS1102-1103).</summary>
        public const string Catalog = "PixazoTts.Catalog";

        /// <summary>Each script with its own class from <see cref="Catalog"/> (what other scripts put in it).</summary>
        public const string ScriptClass = "PixazoTts.ScriptClass";

        /// <summary>The per-script half of the naming validation: one script's line names against its class (PTTS1101, PTTS1103).</summary>
        public const string Naming = "PixazoTts.Naming";

        /// <summary>Each script with the ids the naming validation accepted from it (null: none, the file is left out).</summary>
        public const string Accepted = "PixazoTts.Accepted";

        /// <summary>One file's catalog class, ready to be written.</summary>
        public const string FileClass = "PixazoTts.FileClass";

        /// <summary>Each generated script's path, class path and speakers (what the root class and the cast list need).</summary>
        public const string FileEntry = "PixazoTts.FileEntry";

        /// <summary>The shape of the root class: the scripts <c>TtsAssets.All</c> joins and the folder classes.</summary>
        public const string AllList = "PixazoTts.AllList";

        /// <summary>Each <c>TtsCast</c> file parsed by Core's cast parser.</summary>
        public const string CastFiles = "PixazoTts.CastFiles";

        /// <summary>The cast files put together (characters, lexicon, PTTS1024-1026).</summary>
        public const string Cast = "PixazoTts.Cast";

        /// <summary>Each script bound to the cast: speakers and spoken texts (equal for a script a cast edit does not touch).</summary>
        public const string Bound = "PixazoTts.Bound";

        /// <summary>The member lists of <c>TtsAssets.Cast.&lt;Name&gt;</c>.</summary>
        public const string CastList = "PixazoTts.CastList";
    }
}
