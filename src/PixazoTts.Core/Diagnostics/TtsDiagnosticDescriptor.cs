using System;

namespace PixazoTts
{
    /// <summary>
    /// The fixed facts of one diagnostic code: its severity, a short title and a one-line message format
    /// (<see cref="string.Format(IFormatProvider, string, object[])"/> style, <c>{0}</c>, <c>{1}</c>...).
    /// </summary>
    public sealed class TtsDiagnosticDescriptor
    {
        /// <summary>Creates a descriptor.</summary>
        /// <param name="code">The code, <c>PTTS</c> and four digits.</param>
        /// <param name="severity">Its severity.</param>
        /// <param name="title">A short title (for docs and IDE rule lists).</param>
        /// <param name="messageFormat">A one-line message that says what to do.</param>
        public TtsDiagnosticDescriptor(string code, TtsSeverity severity, string title, string messageFormat)
        {
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Severity = severity;
            Title = title ?? throw new ArgumentNullException(nameof(title));
            MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
        }

        /// <summary>The code, e.g. <c>PTTS1006</c>.</summary>
        public string Code { get; }

        /// <summary>Its severity.</summary>
        public TtsSeverity Severity { get; }

        /// <summary>A short title.</summary>
        public string Title { get; }

        /// <summary>The message format, <c>{0}</c>-style placeholders.</summary>
        public string MessageFormat { get; }

        /// <summary>The code.</summary>
        public override string ToString() => Code;
    }
}
