using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PixazoTts.Emulator.Tests.Hosting;

/// <summary>How the in-process host is put together where its behaviour cannot be observed from outside a process.</summary>
public sealed class EmbeddedHostTests
{
    [Fact]
    public async Task An_embedded_emulator_leaves_SIGINT_and_SIGTERM_to_the_process_that_hosts_it()
    {
        // ASP.NET Core's default console lifetime swallows SIGTERM/Ctrl+C for the whole process and only stops its
        // own host: a test run with an emulator alive ignored a CI runner's SIGTERM. The command line owns the
        // signals instead (Process/CommandLineTests send them to the real command).
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions());

        var lifetime = host.Services.GetRequiredService<IHostLifetime>();

        Assert.IsType<PixazoTts.Emulator.Hosting.SignalFreeLifetime>(lifetime);
    }
}
