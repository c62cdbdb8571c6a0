using Microsoft.Playwright;

namespace PixazoTts.Review.Tests.Infrastructure;

/// <summary>
/// Debian's chromium, headless, driven by Playwright's bundled node driver (no Playwright browser download: it cannot
/// run here). One browser per test class; each test opens its own page. Missing chromium fails the tests: it is a
/// prerequisite that .ci/run installs, never a reason to skip.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The review page tests need Debian's chromium at {ExecutablePath}: install it with 'apt-get install -y chromium' (.ci/run does).");
        }

        _playwright = await Playwright.CreateAsync();
        var arguments = new List<string>();

        // Chromium refuses to start its sandbox as root (CI and this machine run tests as root).
        if (Environment.UserName == "root")
        {
            arguments.Add("--no-sandbox");
        }

        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="indexPath"/> from disk (file://) and waits until the page has rendered its lines.</summary>
    public async Task<IPage> OpenAsync(string indexPath, int width = 1360, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = ColorScheme.Light,
        });
        page.SetDefaultTimeout(10_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(indexPath).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready='true']");
        Assert.True(errors.Count == 0, "The page's script failed: " + string.Join("; ", errors));
        return page;
    }
}
