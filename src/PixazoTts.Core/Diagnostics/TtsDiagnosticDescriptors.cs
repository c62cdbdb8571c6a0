using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// Every diagnostic code of PixazoTts.Build. The task, the generator and the client all report through these,
    /// and <c>docs/diagnostics.md</c> lists them (a test keeps the two in step). The remarks of each field give the
    /// message arguments in order.
    /// </summary>
    public static class TtsDiagnosticDescriptors
    {
        // ---- Script (parser and naming), reported at file(line,col) by both the task and the generator ----

        /// <summary>PTTS1001 error: malformed JSON (also nesting too deep, truncated file). Args: {0} what is wrong.</summary>
        public static readonly TtsDiagnosticDescriptor MalformedJson = Error(
            "PTTS1001", "Malformed JSON", "Malformed JSON: {0}; fix the syntax at this position.");

        /// <summary>PTTS1002 error: the top level is not a JSON object. Args: {0} what was found (e.g. "an array").</summary>
        public static readonly TtsDiagnosticDescriptor NotAnObject = Error(
            "PTTS1002", "Top level is not an object",
            "The top level must be a JSON object like {{ \"lines\": {{ ... }} }}, but it is {0}; wrap the content in an object.");

        /// <summary>PTTS1003 error: <c>lines</c> is missing. No args.</summary>
        public static readonly TtsDiagnosticDescriptor MissingLines = Error(
            "PTTS1003", "Missing lines",
            "The file has no \"lines\" member; add \"lines\": {{ \"id\": \"text to speak\" }}.");

        /// <summary>PTTS1004 error: <c>lines</c> is not an object. Args: {0} what was found.</summary>
        public static readonly TtsDiagnosticDescriptor LinesNotObject = Error(
            "PTTS1004", "lines is not an object",
            "\"lines\" must be an object that maps line ids to texts, but it is {0}; write \"lines\": {{ \"id\": \"text\" }}.");

        /// <summary>PTTS1005 error: invalid line id. Args: {0} the id.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidLineId = Error(
            "PTTS1005", "Invalid line id",
            "Line id '{0}' is invalid; use ASCII letters, digits, '_', '.' and '-', starting with a letter or digit.");

        /// <summary>PTTS1006 error: duplicate line id. Args: {0} the id.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateLineId = Error(
            "PTTS1006", "Duplicate line id",
            "Line id '{0}' is already used in this file; give this line a unique id.");

        /// <summary>PTTS1007 error: a line object has no <c>text</c>. Args: {0} the line id.</summary>
        public static readonly TtsDiagnosticDescriptor MissingText = Error(
            "PTTS1007", "Line has no text",
            "Line '{0}' has no \"text\"; add \"text\": \"words to speak\" to its object.");

        /// <summary>PTTS1008 error: empty or whitespace-only text. Args: {0} the line id.</summary>
        public static readonly TtsDiagnosticDescriptor EmptyText = Error(
            "PTTS1008", "Empty text",
            "Line '{0}' has empty text; write the words to speak or remove the line.");

        /// <summary>PTTS1009 error: wrong JSON type. Args: {0} what (e.g. "\"text\" of line 'x'"), {1} expected type, {2} found type.</summary>
        public static readonly TtsDiagnosticDescriptor WrongType = Error(
            "PTTS1009", "Wrong type",
            "{0} must be {1}, but it is {2}; change the value's type.");

        /// <summary>PTTS1010 warning: unknown member, ignored. Args: {0} the member name, {1} the members allowed there.</summary>
        public static readonly TtsDiagnosticDescriptor UnknownMember = Warning(
            "PTTS1010", "Unknown member",
            "Unknown member '{0}' is ignored; check its spelling (allowed here: {1}) or remove it.");

        /// <summary>PTTS1011 warning: unknown voice. Args: {0} the voice, {1} the closest known voice.</summary>
        public static readonly TtsDiagnosticDescriptor UnknownVoice = Warning(
            "PTTS1011", "Unknown voice",
            "Unknown voice '{0}'; did you mean '{1}'? Use one of the 30 Gemini voices (ignore this if the gateway has added '{0}').");

        /// <summary>PTTS1012 warning: language code not BCP-47 shaped. Args: {0} the code.</summary>
        public static readonly TtsDiagnosticDescriptor MalformedLanguageCode = Warning(
            "PTTS1012", "Malformed language code",
            "Language code '{0}' is not a BCP-47 tag; write it like 'en-US', 'ja-JP' or 'ar-EG'.");

        /// <summary>PTTS1013 warning: unbalanced <c>[</c>/<c>]</c> audio tag. Args: {0} the line id.</summary>
        public static readonly TtsDiagnosticDescriptor UnbalancedAudioTag = Warning(
            "PTTS1013", "Unbalanced audio tag",
            "Line '{0}' has an unbalanced '[' or ']'; close every audio tag, like [whispers], or the model may speak the bracket.");

        /// <summary>PTTS1014 error: the file is not valid UTF-8. Args: {0} what was found (e.g. "byte 0xC3", or the U+FFFD a wrong decoding left).</summary>
        public static readonly TtsDiagnosticDescriptor InvalidUtf8 = Error(
            "PTTS1014", "Invalid UTF-8",
            "The file is not valid UTF-8 ({0} here); save it with UTF-8 encoding.");

        /// <summary>PTTS1015 error: the same member twice in one object. Args: {0} the member name.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateMember = Error(
            "PTTS1015", "Duplicate member",
            "Member '{0}' appears twice in the same object; remove one of them.");

        /// <summary>PTTS1016 warning: text over the model's input limit. Args: {0} the line id, {1} its UTF-8 byte length.</summary>
        public static readonly TtsDiagnosticDescriptor TextTooLong = Warning(
            "PTTS1016", "Text too long",
            "Line '{0}' is {1} UTF-8 bytes, likely more than the model's 8,192-token input limit; split it into shorter lines.");

        /// <summary>PTTS1017 warning: <c>lines</c> is empty. No args.</summary>
        public static readonly TtsDiagnosticDescriptor EmptyLines = Warning(
            "PTTS1017", "No lines",
            "\"lines\" is empty, so this file produces no audio; add a line or remove the file from TtsAsset.");

        // ---- Cast, lexicon and takes (scripts and TtsCast files), reported at file(line,col) by both the task and the generator ----

        /// <summary>PTTS1018 error: a speaker that no cast file defines. Args: {0} the speaker, {1} the suggestion ("did you mean 'x'?" or why there is none).</summary>
        public static readonly TtsDiagnosticDescriptor UnknownSpeaker = Error(
            "PTTS1018", "Unknown speaker",
            "Speaker '{0}' is not a character of the cast ({1}); use a name from a TtsCast file, or add the character to one.");

        /// <summary>PTTS1019 error: <c>take</c> is not a whole number from 1 to 1000. Args: {0} the line id, {1} what was found.</summary>
        public static readonly TtsDiagnosticDescriptor BadTake = Error(
            "PTTS1019", "Invalid take",
            "\"take\" of line '{0}' must be a whole number from 1 to 1000, but it is {1}; write e.g. \"take\": 2.");

        /// <summary>PTTS1020 warning: a lexicon entry that no line uses. Args: {0} the word, {1} where it was looked for.</summary>
        public static readonly TtsDiagnosticDescriptor UnusedLexiconEntry = Warning(
            "PTTS1020", "Lexicon entry unused",
            "Lexicon entry '{0}' matches no line {1} (whole words, case-sensitive); fix its spelling or remove it.");

        /// <summary>PTTS1021 error: a lexicon entry with an empty word or respelling. Args: {0} the word, {1} what is wrong.</summary>
        public static readonly TtsDiagnosticDescriptor BadLexiconEntry = Error(
            "PTTS1021", "Invalid lexicon entry",
            "Lexicon entry '{0}' is invalid: {1}; write \"word\": \"respelling\" with both non-empty.");

        /// <summary>PTTS1022 error: a cast file without <c>cast</c>. No args.</summary>
        public static readonly TtsDiagnosticDescriptor MissingCast = Error(
            "PTTS1022", "Missing cast",
            "The cast file has no \"cast\" member; add \"cast\": {{ \"name\": {{ \"voice\": \"Kore\" }} }}.");

        /// <summary>PTTS1023 error: an invalid character name. Args: {0} the name.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidCharacterName = Error(
            "PTTS1023", "Invalid character name",
            "Character name '{0}' is invalid; use ASCII letters, digits, '_', '.' and '-', starting with a letter or digit.");

        /// <summary>PTTS1024 error: a character defined by two cast files. Args: {0} the name, {1} the other file.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateCharacter = Error(
            "PTTS1024", "Character defined twice",
            "Character '{0}' is already defined in {1}; keep one definition or rename this one.");

        /// <summary>PTTS1025 error: a lexicon word respelled by two cast files. Args: {0} the word, {1} the other file.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateLexiconWord = Error(
            "PTTS1025", "Lexicon word defined twice",
            "Lexicon word '{0}' is already respelled in {1}; keep one entry (a script's own lexicon may override the cast's).");

        /// <summary>PTTS1026 error: a character's catalog name (<c>TtsAssets.Cast.X</c>) clashes. Args: {0} this name, {1} the member name, {2} what it clashes with.</summary>
        public static readonly TtsDiagnosticDescriptor CharacterNamesClash = Error(
            "PTTS1026", "Character names clash",
            "Character '{0}' becomes TtsAssets.Cast.{1}, which clashes with {2}; rename it.");

        /// <summary>PTTS1028 error: a script's catalog class would be <c>TtsAssets.Cast</c>, which lists the characters. Args: {0} the script's relative path.</summary>
        public static readonly TtsDiagnosticDescriptor ScriptClassIsCast = Error(
            "PTTS1028", "Script named like the cast list",
            "Script '{0}' would become TtsAssets.Cast, which lists the cast's characters; rename the script or its top folder (or set a Link).");

        /// <summary>PTTS1027 error: a cast file cannot be read. Args: {0} the reason.</summary>
        public static readonly TtsDiagnosticDescriptor CastUnreadable = Error(
            "PTTS1027", "Cast file cannot be read",
            "The cast file cannot be read: {0}; check that it exists and is readable.");

        /// <summary>PTTS1101 error: two line ids of one file clash. Args: {0} this id, {1} the earlier id, {2} how they clash.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateIdentifier = Error(
            "PTTS1101", "Line ids clash",
            "Line id '{0}' clashes with line '{1}' in this file ({2}); rename one of them.");

        /// <summary>PTTS1102 error: two files become the same class path. Args: {0} this file's relative path, {1} the class, {2} the earlier file.</summary>
        public static readonly TtsDiagnosticDescriptor DuplicateClassPath = Error(
            "PTTS1102", "Files clash",
            "'{0}' becomes the catalog class {1}, which '{2}' already makes; rename or move one of the files.");

        /// <summary>PTTS1103 error: a generated name clashes with its surroundings. Args: {0} the name's source (line id or file path), {1} the generated name, {2} what it clashes with.</summary>
        public static readonly TtsDiagnosticDescriptor IdentifierClash = Error(
            "PTTS1103", "Name clashes in the catalog",
            "'{0}' becomes '{1}', which clashes with {2} in the generated catalog; rename it.");

        /// <summary>PTTS1104 error: a script's relative path leaves the project (<c>..</c>) or is absolute. Args: {0} the path, {1} a Link that would work.</summary>
        public static readonly TtsDiagnosticDescriptor ScriptOutsideProject = Error(
            "PTTS1104", "Script path outside the project",
            "The script's path '{0}' leaves the project folder, so its output folder and catalog class would too; move it into the project, or give the TtsAsset a Link such as Link=\"{1}\".");

        // ---- Finishing values in a script (loudness, true_peak, trim_silence, sample_rate, format) ----

        /// <summary>PTTS1030 error: a finishing value of the wrong type or out of range. Args: {0} what (e.g. "\"loudness\" of line 'x'"), {1} the value as written, {2} what is allowed.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidFinishingValue = Error(
            "PTTS1030", "Invalid finishing value",
            "{0} is {1}, which is not allowed; use {2}.");

        /// <summary>PTTS1031 error: a file-level finishing member inside a line object. Args: {0} the member, {1} the line id.</summary>
        public static readonly TtsDiagnosticDescriptor FileOnlyFinishingMember = Error(
            "PTTS1031", "Finishing member only for the whole file",
            "\"{0}\" cannot be set for line '{1}' alone: every line of a file has one sample rate and format; move it to the top level of the file (or to the TtsAsset item).");

        // ---- Build, cache and configuration (task only) ----

        /// <summary>PTTS2001 error: locked mode and a line is not cached. Args: {0} the line id.</summary>
        public static readonly TtsDiagnosticDescriptor LockedModeMissing = Error(
            "PTTS2001", "Line missing from the cache in locked mode",
            "Line '{0}' is not in the cache and TtsLockedMode is on, so no request is made; build once without TtsLockedMode (or with the shared cache) to fill it.");

        /// <summary>PTTS2002 warning: the placeholder voice was used. Args: {0} the number of lines.</summary>
        public static readonly TtsDiagnosticDescriptor PlaceholderVoiceUsed = Warning(
            "PTTS2002", "Placeholder voice used",
            "{0} line(s) use the offline placeholder voice because no API key is set; set PIXAZO_API_KEY to synthesize real audio.");

        /// <summary>PTTS2003 error: TtsProvider=Pixazo without an API key. No args.</summary>
        public static readonly TtsDiagnosticDescriptor MissingApiKey = Error(
            "PTTS2003", "No API key",
            "TtsProvider is Pixazo but no API key is set; set the PIXAZO_API_KEY environment variable (or use TtsProvider=Auto).");

        /// <summary>PTTS2004 error: invalid setting. Args: {0} the setting name, {1} its value, {2} what is allowed.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidSetting = Error(
            "PTTS2004", "Invalid setting",
            "{0} has the invalid value '{1}'; use {2}.");

        /// <summary>PTTS2005 warning: a corrupt cache entry was discarded. Args: {0} the line id, {1} the problem.</summary>
        public static readonly TtsDiagnosticDescriptor CorruptCacheEntry = Warning(
            "PTTS2005", "Corrupt cache entry discarded",
            "The cached audio of line '{0}' was corrupt ({1}) and was discarded; it is synthesized again.");

        /// <summary>PTTS2006 error: the cache directory is not usable. Args: {0} the directory, {1} the reason.</summary>
        public static readonly TtsDiagnosticDescriptor CacheNotWritable = Error(
            "PTTS2006", "Cache directory not writable",
            "The cache directory '{0}' cannot be created or written ({1}); set TtsCacheDirectory or PIXAZO_TTS_CACHE to a writable folder.");

        /// <summary>PTTS2007 error: running on .NET Framework MSBuild. No args.</summary>
        public static readonly TtsDiagnosticDescriptor UnsupportedMSBuild = Error(
            "PTTS2007", "Unsupported MSBuild",
            "This MSBuild runs on .NET Framework, which PixazoTts.Build does not support; build with 'dotnet build' (the .NET SDK's MSBuild).");

        /// <summary>PTTS2008 error: the script cannot be read. Args: {0} the reason.</summary>
        public static readonly TtsDiagnosticDescriptor ScriptUnreadable = Error(
            "PTTS2008", "Script cannot be read",
            "The file cannot be read ({0}); check that the TtsAsset path exists and is readable.");

        /// <summary>
        /// PTTS2009 error: a bug, not a user mistake. Args: {0} the exception's type, {1} its message, {2} what to report
        /// it with, which depends on the front end: <see cref="InternalErrorReportBuild"/> or <see cref="InternalErrorReportCli"/>.
        /// </summary>
        public static readonly TtsDiagnosticDescriptor InternalError = Error(
            "PTTS2009", "Internal error",
            "PixazoTts failed unexpectedly ({0}: {1}); this is a bug: please report it with {2}; the cache keeps every finished line.");

        /// <summary>PTTS2009's {2} in the build (the task logs the stack as a low-importance message).</summary>
        public const string InternalErrorReportBuild = "the build log (the stack is logged at detailed verbosity, -v:d)";

        /// <summary>PTTS2009's {2} in <c>pixazo-tts</c> (the tool prints the stack with --verbose or PIXAZO_TTS_DEBUG=1).</summary>
        public const string InternalErrorReportCli = "the command's output (run it again with --verbose to print the stack)";

        /// <summary>
        /// PTTS2010 error: the new lines would cost more than the limit; nothing was requested. Args: {0} the number of
        /// gateway requests, {1} their cost, {2} the price per request, {3} the limit's name, {4} the limit.
        /// </summary>
        public static readonly TtsDiagnosticDescriptor CostLimitExceeded = Error(
            "PTTS2010", "Cost above the limit",
            "{0} new line(s) would cost ${1} (${2} each), more than {3} (${4}); nothing was requested; raise {3} if this spend is intended.");

        // ---- Team cache (the remote store shared by a team; docs/team-cache.md) ----

        /// <summary>PTTS2101 warning: the remote failed and is skipped for the rest of the build. Args: {0} the remote, {1} what failed.</summary>
        public static readonly TtsDiagnosticDescriptor RemoteCacheUnavailable = Warning(
            "PTTS2101", "Team cache unavailable",
            "The team cache {0} failed ({1}); it is skipped for the rest of this build, which goes on with the local cache and the gateway; set TtsRemoteCacheRequired=true to make this an error.");

        /// <summary>PTTS2102 error: the remote failed and TtsRemoteCacheRequired is true. Args: {0} the remote, {1} what failed.</summary>
        public static readonly TtsDiagnosticDescriptor RemoteCacheRequired = Error(
            "PTTS2102", "Team cache required but failed",
            "The team cache {0} failed ({1}) and TtsRemoteCacheRequired is true; fix the remote or its credentials, or build without TtsRemoteCacheRequired.");

        /// <summary>PTTS2103 warning: a remote entry failed verification. Args: {0} the line id, {1} why.</summary>
        public static readonly TtsDiagnosticDescriptor RemoteCacheEntryRefused = Warning(
            "PTTS2103", "Team cache entry refused",
            "The team cache's entry for line '{0}' was refused ({1}); it is treated as a miss and nothing was stored locally.");

        // ---- Finishing and the manifest (build task; docs/contracts.md "Finishing") ----

        /// <summary>PTTS2201 error: an invalid finishing property. Args: {0} the property, {1} its value, {2} what is allowed.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidFinishingProperty = Error(
            "PTTS2201", "Invalid finishing setting",
            "{0} has the invalid value '{1}'; use {2}.");

        /// <summary>PTTS2202 error: invalid finishing metadata on a TtsAsset item. Args: {0} the item's path, {1} the metadata name, {2} its value, {3} what is allowed.</summary>
        public static readonly TtsDiagnosticDescriptor InvalidFinishingMetadata = Error(
            "PTTS2202", "Invalid finishing metadata",
            "TtsAsset '{0}' has {1}=\"{2}\", which is invalid; use {3}.");

        /// <summary>PTTS2203 error: a line's audio could not be finished. Args: {0} the line id, {1} why.</summary>
        public static readonly TtsDiagnosticDescriptor FinishingFailed = Error(
            "PTTS2203", "Finishing failed",
            "The audio of line '{0}' could not be finished ({1}); the paid audio stays in the cache: fix the cause and build again.");

        /// <summary>PTTS2204 warning: lines held below their loudness target by the true-peak limit. Args: {0} the number of lines, {1} the largest shortfall in LU, {2} the first such line.</summary>
        public static readonly TtsDiagnosticDescriptor LoudnessTargetNotReached = Warning(
            "PTTS2204", "Loudness target not reached",
            "{0} line(s) stay below their loudness target (by up to {1} LU, first '{2}') because more gain would push the true peak above TtsTruePeak; raise TtsTruePeak or lower TtsLoudness (finishing applies gain only, never compression).");

        // ---- Command-line tool (pixazo-tts; docs/cli.md) ----

        /// <summary>PTTS2301 error: a path given to the CLI does not exist. Args: {0} the path.</summary>
        public static readonly TtsDiagnosticDescriptor CliPathNotFound = Error(
            "PTTS2301", "Path not found",
            "'{0}' does not exist; give a project file, a folder or .tts.json files.");

        /// <summary>PTTS2302 error: the paths name no script. Args: {0} the paths.</summary>
        public static readonly TtsDiagnosticDescriptor CliNoScripts = Error(
            "PTTS2302", "No scripts",
            "No .tts.json script was found in {0}; give a project file with TtsAsset items, a folder that holds .tts.json files, or the files themselves.");

        /// <summary>PTTS2303 error: the project's items could not be read. Args: {0} the project, {1} what failed.</summary>
        public static readonly TtsDiagnosticDescriptor CliProjectUnreadable = Error(
            "PTTS2303", "Project cannot be read",
            "The TtsAsset items of '{0}' cannot be read ({1}); check that 'dotnet msbuild' can evaluate the project.");

        /// <summary>PTTS2304 error: plan's --max-usd is exceeded. Args: {0} the cost, {1} the limit.</summary>
        public static readonly TtsDiagnosticDescriptor CliPlanAboveMaximum = Error(
            "PTTS2304", "Plan above --max-usd",
            "The new lines would cost ${0}, more than --max-usd ${1}.");

        /// <summary>PTTS2305 error: an option has an invalid value. Args: {0} the option, {1} its value, {2} what is allowed.</summary>
        public static readonly TtsDiagnosticDescriptor CliInvalidOption = Error(
            "PTTS2305", "Invalid option",
            "{0} has the invalid value '{1}'; use {2}.");

        /// <summary>PTTS2306 warning: the previous sync manifest cannot be read. Args: {0} its path, {1} why.</summary>
        public static readonly TtsDiagnosticDescriptor CliManifestUnreadable = Warning(
            "PTTS2306", "Previous manifest unreadable",
            "The previous manifest '{0}' cannot be read ({1}); no file of an earlier sync is removed.");

        /// <summary>PTTS2307 error: sync would overwrite a file it did not write. Args: {0} the file.</summary>
        public static readonly TtsDiagnosticDescriptor CliForeignFile = Error(
            "PTTS2307", "File not written by pixazo-tts",
            "'{0}' exists and was not written by pixazo-tts sync; move it away or choose another --out folder.");

        /// <summary>PTTS2308 warning: cache verify found a bad entry. Args: {0} the key, {1} the problem, {2} what happened.</summary>
        public static readonly TtsDiagnosticDescriptor CliCorruptCacheEntry = Warning(
            "PTTS2308", "Cache entry fails verification",
            "Cache entry {0} fails verification ({1}); {2}.");

        /// <summary>PTTS2309 error: cache push/pull without a team cache. Args: {0} what is needed.</summary>
        public static readonly TtsDiagnosticDescriptor CliNoTeamCache = Error(
            "PTTS2309", "No team cache",
            "No usable team cache is configured; {0}.");

        /// <summary>PTTS2310 error: the command was canceled (Ctrl+C). No args.</summary>
        public static readonly TtsDiagnosticDescriptor CliCanceled = Error(
            "PTTS2310", "Canceled",
            "Canceled; the cache keeps every line that was complete, and jobs the gateway accepted are collected by the next run.");

        // ---- Gateway (client exceptions carry these; the task reports them naming the line) ----
        // Every gateway message takes {0}, the detail of the failure (the gateway's status and message, the request
        // id). The client's exception message is exactly this text; the task prefixes the line it hit.

        /// <summary>PTTS3001 error: 401 (an account failure: reported once per build). Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayUnauthorized = Error(
            "PTTS3001", "API key rejected",
            "The gateway rejected the API key (401: {0}); check PIXAZO_API_KEY (or the PixazoApiKey property).");

        /// <summary>PTTS3002 error: 402 (an account failure). Args: {0} detail with the required amount.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayInsufficientBalance = Error(
            "PTTS3002", "Insufficient balance",
            "Insufficient balance (402: {0}); top up the Pixazo wallet and build again.");

        /// <summary>PTTS3003 error: 403 (an account failure). Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayForbidden = Error(
            "PTTS3003", "Forbidden",
            "The gateway refused access (403: {0}); check that the key's subscription includes gemini-flash-tts.");

        /// <summary>PTTS3004 error: 400 / model not found. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayBadRequest = Error(
            "PTTS3004", "Bad request",
            "The gateway rejected the request (400: {0}); check the line's text, voice, prompt and language code (a model that is not found or disabled must be enabled by Pixazo).");

        /// <summary>PTTS3005 error: 429 after retries. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayRateLimited = Error(
            "PTTS3005", "Rate limited",
            "Still rate limited (429) after the retries ({0}); lower TtsMaxConcurrency or build again later.");

        /// <summary>PTTS3006 error: the job FAILED. Args: {0} the request id and the gateway's reason.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayJobFailed = Error(
            "PTTS3006", "Synthesis failed",
            "Synthesis FAILED ({0}); change the text, voice or prompt and build again (a FAILED job is charged, so it is not retried).");

        /// <summary>PTTS3007 error: unavailable after retries. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayUnavailable = Error(
            "PTTS3007", "Gateway unavailable",
            "The gateway is unavailable after the retries ({0}); check PixazoBaseUrl (PIXAZO_BASE_URL) and the network, or build again later.");

        /// <summary>PTTS3008 error: the media is not a valid WAV after retries. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayInvalidMedia = Error(
            "PTTS3008", "Invalid audio",
            "The audio is not a valid WAV after the retries ({0}); build again later.");

        /// <summary>PTTS3009 error: timed out waiting for the job. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayTimeout = Error(
            "PTTS3009", "Timed out",
            "Timed out ({0}); build again later, or raise TtsJobTimeout.");

        /// <summary>PTTS3010 error: unsafe URL from the gateway. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayUnsafeUrl = Error(
            "PTTS3010", "Unsafe URL",
            "The gateway answered with an unsafe URL ({0}); it was not followed: check that PixazoBaseUrl is the real gateway.");

        /// <summary>PTTS3011 error: media over the download cap. Args: {0} detail.</summary>
        public static readonly TtsDiagnosticDescriptor GatewayMediaTooLarge = Error(
            "PTTS3011", "Audio too large",
            "The audio is larger than the download cap ({0}); shorten the line.");

        /// <summary>
        /// What the task adds, once, to an account failure (PTTS3001-3003): the build stopped submitting. Args: {0} the
        /// number of lines not made, {1} " (they need $x.xx)" for a 402, else "".
        /// </summary>
        public const string AccountFailureConsequence = "{0} line(s) were not synthesized{1}; no further request was made.";

        private static readonly TtsDiagnosticDescriptor[] AllDescriptors =
        {
            MalformedJson, NotAnObject, MissingLines, LinesNotObject, InvalidLineId, DuplicateLineId, MissingText,
            EmptyText, WrongType, UnknownMember, UnknownVoice, MalformedLanguageCode, UnbalancedAudioTag, InvalidUtf8,
            DuplicateMember, TextTooLong, EmptyLines, UnknownSpeaker, BadTake, UnusedLexiconEntry, BadLexiconEntry, MissingCast,
            InvalidCharacterName, DuplicateCharacter, DuplicateLexiconWord, CharacterNamesClash, CastUnreadable, ScriptClassIsCast, InvalidFinishingValue, FileOnlyFinishingMember,
            DuplicateIdentifier, DuplicateClassPath, IdentifierClash,
            ScriptOutsideProject, LockedModeMissing, PlaceholderVoiceUsed, MissingApiKey, InvalidSetting, CorruptCacheEntry,
            CacheNotWritable, UnsupportedMSBuild, ScriptUnreadable, InternalError, CostLimitExceeded, RemoteCacheUnavailable, RemoteCacheRequired,
            RemoteCacheEntryRefused, InvalidFinishingProperty, InvalidFinishingMetadata, FinishingFailed, LoudnessTargetNotReached,
            CliPathNotFound, CliNoScripts, CliProjectUnreadable, CliPlanAboveMaximum, CliInvalidOption,
            CliManifestUnreadable, CliForeignFile, CliCorruptCacheEntry, CliNoTeamCache, CliCanceled, GatewayUnauthorized, GatewayInsufficientBalance, GatewayForbidden,
            GatewayBadRequest, GatewayRateLimited, GatewayJobFailed, GatewayUnavailable, GatewayInvalidMedia,
            GatewayTimeout, GatewayUnsafeUrl, GatewayMediaTooLarge,
        };

        /// <summary>Every descriptor, in code order.</summary>
        public static IReadOnlyList<TtsDiagnosticDescriptor> All { get; } = Array.AsReadOnly(AllDescriptors);

        /// <summary>The descriptor of <paramref name="code"/> (e.g. a client exception's <c>Code</c>), or null.</summary>
        /// <param name="code">A code such as <c>PTTS3002</c>.</param>
        public static TtsDiagnosticDescriptor? Find(string? code)
        {
            foreach (var descriptor in AllDescriptors)
            {
                if (string.Equals(descriptor.Code, code, StringComparison.Ordinal))
                {
                    return descriptor;
                }
            }

            return null;
        }

        private static TtsDiagnosticDescriptor Error(string code, string title, string format) =>
            new TtsDiagnosticDescriptor(code, TtsSeverity.Error, title, format);

        private static TtsDiagnosticDescriptor Warning(string code, string title, string format) =>
            new TtsDiagnosticDescriptor(code, TtsSeverity.Warning, title, format);
    }
}
