namespace PixazoTts
{
    /// <summary>How bad a <see cref="TtsDiagnostic"/> is.</summary>
    public enum TtsSeverity
    {
        /// <summary>The build goes on; the input is suspicious.</summary>
        Warning,

        /// <summary>The build fails.</summary>
        Error,
    }
}
