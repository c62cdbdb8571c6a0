namespace PixazoTts.Client;

/// <summary>The wallet cannot pay for the request (402, <c>PTTS3002</c>). Not retried; an account failure.</summary>
public sealed class PixazoInsufficientBalanceException : PixazoTtsException
{
    internal PixazoInsufficientBalanceException(string detail, decimal? requiredUsd)
        : base(TtsDiagnosticDescriptors.GatewayInsufficientBalance, detail, 402)
    {
        RequiredUsd = requiredUsd;
    }

    /// <summary>The amount the gateway says the request needs (<c>"Required: $0.04"</c>), when it said.</summary>
    public decimal? RequiredUsd { get; }

    /// <inheritdoc />
    public override bool IsAccountFailure => true;
}
