using System.Globalization;

namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// The one cost rule of the build and the CLI: every gateway request (one per distinct line whose real audio is not
/// cached) costs <see cref="GatewayPriceUsd"/>; cache hits, team cache downloads, resumed jobs and placeholder audio
/// cost nothing. <c>TtsMaxCostUsd</c> (default <see cref="DefaultMaxUsd"/>) caps what one build may spend.
/// </summary>
internal static class TtsCost
{
    /// <summary>What the gateway charges per synthesized line (its 402 answers say "Required: $0.04").</summary>
    public const decimal GatewayPriceUsd = 0.04m;

    /// <summary>The default of <c>TtsMaxCostUsd</c>.</summary>
    public const decimal DefaultMaxUsd = 10m;

    /// <summary>The cost of <paramref name="requests"/> gateway requests.</summary>
    public static decimal Of(int requests) => requests * GatewayPriceUsd;

    /// <summary>An amount as the messages show it: <c>12.40</c>.</summary>
    public static string Format(decimal usd) => usd.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// PTTS2010 when the plan's new gateway lines would cost more than <paramref name="maxUsd"/>, else null: checked
    /// after the local and team caches were asked and before the first request.
    /// </summary>
    public static TtsDiagnostic? CheckLimit(TtsAudioPlan plan, decimal maxUsd, string limitName, string? file)
    {
        int requests = plan.GatewayRequests;
        decimal cost = Of(requests);
        return cost <= maxUsd
            ? null
            : new TtsDiagnostic(TtsDiagnosticDescriptors.CostLimitExceeded, file, null,
                requests, Format(cost), Format(GatewayPriceUsd), limitName, Format(maxUsd));
    }
}
