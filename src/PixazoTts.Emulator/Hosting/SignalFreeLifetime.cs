using Microsoft.Extensions.Hosting;

namespace PixazoTts.Emulator.Hosting;

/// <summary>
/// The emulator's host lifetime: it takes no process signals. ASP.NET Core's default console lifetime registers
/// SIGINT/SIGTERM/SIGQUIT handlers that cancel the signal's default exit and only stop that one host; inside a test
/// process (or any program that embeds <see cref="EmulatorHost"/>) that made the whole process ignore SIGTERM and
/// Ctrl+C while an emulator was alive. Signals belong to whoever owns the process: the command line handles them
/// (<see cref="EmulatorCommandLine"/>) and disposes the host.
/// </summary>
internal sealed class SignalFreeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
