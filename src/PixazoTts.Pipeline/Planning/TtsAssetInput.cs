namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// One script to load, as a front end names it: the MSBuild task from a <c>TtsAsset</c> item (its
/// <c>PixazoTtsRelativePath</c> and <c>Voice</c>/<c>Prompt</c>/<c>LanguageCode</c> metadata), the CLI from a project's
/// items or a folder.
/// </summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="RelativePath">The path that names the outputs and the catalog class (<c>Voice/intro.tts.json</c>).</param>
/// <param name="ItemDefaults">The item's own voice, prompt and language (none for a plain file).</param>
internal sealed record TtsAssetInput(string FullPath, string RelativePath, TtsVoiceSettings ItemDefaults);
