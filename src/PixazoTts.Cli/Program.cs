using PixazoTts.Cli;

return await CliApplication.RunAsync(args).ConfigureAwait(false);
