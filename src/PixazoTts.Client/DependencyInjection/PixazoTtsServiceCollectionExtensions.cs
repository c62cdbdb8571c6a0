using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using PixazoTts.Client;
using PixazoTts.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="PixazoTtsClient"/> with dependency injection. The client sends through the named
/// <see cref="System.Net.Http.HttpClient"/> <see cref="HttpClientName"/> of <c>IHttpClientFactory</c>, so the
/// application's own message handlers (<c>AddHttpMessageHandler</c> on the returned builder), proxy settings and
/// HTTP logging apply to it.
/// </summary>
/// <remarks>
/// <para>The client is a singleton: it keeps a running estimate of job durations that makes polling efficient, so
/// it holds its handler chain for its lifetime (the handler lifetime is set to infinite and the default transport
/// recycles its connections every 2 minutes, so DNS changes are still seen).</para>
/// <para>The API key never reaches a log: the factory's header logging shows <c>Ocp-Apim-Subscription-Key</c>
/// redacted whatever else the application redacts, and the client's messages never contain it. The key is sent only
/// to <see cref="PixazoTtsClientOptions.BaseUrl"/>'s origin; the transport never follows redirects (a primary
/// handler the application configures is switched to <c>AllowAutoRedirect = false</c>).</para>
/// </remarks>
public static class PixazoTtsServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AddPixazoTtsClient(IServiceCollection, IConfiguration)"/> reads.</summary>
    public const string DefaultConfigurationSectionName = "PixazoTts";

    /// <summary>The name of the <c>IHttpClientFactory</c> client the registered <see cref="PixazoTtsClient"/> sends through.</summary>
    public const string HttpClientName = "PixazoTts";

    /// <summary>
    /// Registers a singleton <see cref="PixazoTtsClient"/> configured by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="PixazoTtsClientOptions.ApiKey"/>); it runs when
    /// the client is first resolved. Invalid options throw <see cref="ArgumentException"/> then.</param>
    /// <returns>The builder of the client's named <c>HttpClient</c>, to add the application's handlers.</returns>
    public static IHttpClientBuilder AddPixazoTtsClient(this IServiceCollection services, Action<PixazoTtsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<PixazoTtsClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers a singleton <see cref="PixazoTtsClient"/> whose options are bound from the section
    /// <c>PixazoTts</c> of <paramref name="configuration"/> (e.g. <c>"PixazoTts": { "BaseUrl": "…", "ApiKey": "…" }</c>
    /// in appsettings.json, or the environment variables <c>PixazoTts__BaseUrl</c> and <c>PixazoTts__ApiKey</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration (its root, or any section that holds <c>PixazoTts</c>).</param>
    /// <returns>The builder of the client's named <c>HttpClient</c>, to add the application's handlers.</returns>
    public static IHttpClientBuilder AddPixazoTtsClient(this IServiceCollection services, IConfiguration configuration) =>
        AddPixazoTtsClient(services, configuration, DefaultConfigurationSectionName);

    /// <summary>
    /// Registers a singleton <see cref="PixazoTtsClient"/> whose options are bound from the section
    /// <paramref name="sectionName"/> of <paramref name="configuration"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="sectionName">The section that holds the options, e.g. <c>Voice:Pixazo</c>.</param>
    /// <returns>The builder of the client's named <c>HttpClient</c>, to add the application's handlers.</returns>
    public static IHttpClientBuilder AddPixazoTtsClient(this IServiceCollection services, IConfiguration configuration, string sectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        services.AddOptions<PixazoTtsClientOptions>().Bind(configuration.GetSection(sectionName));
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        var builder = services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(RedirectFreeHandlers.CreateDefault)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        // Once, however often the client is added.
        if (services.Any(service => service.ServiceType == typeof(PixazoTtsClient)))
        {
            return builder;
        }

        // PostConfigure runs after every Configure, so these hold whatever the application sets up later
        // (its own primary handler, its own RedactLoggedHeaders).
        services.PostConfigure<HttpClientFactoryOptions>(HttpClientName, factory =>
        {
            factory.HttpMessageHandlerBuilderActions.Add(handlers => RedirectFreeHandlers.ForbidAutoRedirect(handlers.PrimaryHandler));
            var redactedByApplication = factory.ShouldRedactHeaderValue;
            factory.ShouldRedactHeaderValue = header =>
                string.Equals(header, GatewayKeyHandler.HeaderName, StringComparison.OrdinalIgnoreCase) || redactedByApplication(header);
        });

        services.TryAddSingleton(provider => new PixazoTtsClient(
            provider.GetRequiredService<IOptions<PixazoTtsClientOptions>>().Value,
            provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(HttpClientName),
            disposeHandler: false));
        return builder;
    }
}
