using PixazoTts.Emulator;

return await EmulatorCommandLine.RunAsync(args).ConfigureAwait(false);
