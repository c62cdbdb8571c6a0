namespace PixazoTts.Emulator;

/// <summary>
/// A snapshot of the emulator's counters (also served as JSON by <c>GET /_emulator/stats</c>, snake_case).
/// </summary>
public sealed class EmulatorStats
{
    /// <summary>Generate requests received (every answer, including errors and dropped connections).</summary>
    public int Generate { get; init; }

    /// <summary>Generate requests answered 202 (jobs created).</summary>
    public int Accepted { get; init; }

    /// <summary>Status requests received.</summary>
    public int Status { get; init; }

    /// <summary>Media requests received.</summary>
    public int Media { get; init; }

    /// <summary>Jobs that reached COMPLETED.</summary>
    public int Completed { get; init; }

    /// <summary>Jobs that reached FAILED.</summary>
    public int Failed { get; init; }

    /// <summary>Jobs that reached ERROR.</summary>
    public int Errored { get; init; }

    /// <summary>Answers 429 (random or beyond the in-flight limit).</summary>
    public int RateLimited { get; init; }

    /// <summary>Answers 500.</summary>
    public int ServerErrors { get; init; }

    /// <summary>Connections closed without an answer.</summary>
    public int Dropped { get; init; }

    /// <summary>
    /// Requests that carried the subscription key where it must not go: a media request with
    /// <c>Ocp-Apim-Subscription-Key</c> or <c>Authorization</c>, or a status request with the key on another origin
    /// than the one the job was submitted to.
    /// </summary>
    public int KeyLeaks { get; init; }

    /// <summary>USD charged to the wallet (COMPLETED and FAILED jobs).</summary>
    public decimal ChargedUsd { get; init; }

    /// <summary>USD left in the wallet; null when the wallet is unlimited.</summary>
    public decimal? BalanceUsd { get; init; }

    /// <summary>Webhooks delivered (the receiver answered 2xx).</summary>
    public int WebhooksSent { get; init; }

    /// <summary>Webhooks that could not be delivered (no answer, timeout, or not 2xx).</summary>
    public int WebhooksFailed { get; init; }

    /// <summary>Jobs not yet terminal.</summary>
    public int InFlight { get; init; }

    /// <summary>
    /// The most jobs that were not yet terminal at one time (since the start or the last reset): how much concurrency
    /// the clients really achieved, as the gateway saw it.
    /// </summary>
    public int PeakInFlight { get; init; }
}
