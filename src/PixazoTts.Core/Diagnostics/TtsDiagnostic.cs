using System;
using System.Globalization;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// One reported problem: a code, a severity, the formatted message and, where it comes from a file, the
    /// file and the exact span. Value equality (the source generator caches diagnostics between runs).
    /// </summary>
    public sealed class TtsDiagnostic : IEquatable<TtsDiagnostic>
    {
        /// <summary>Creates a diagnostic, formatting the descriptor's message with <paramref name="args"/> (invariant culture).</summary>
        /// <param name="descriptor">The code's descriptor.</param>
        /// <param name="filePath">The file it concerns, or null.</param>
        /// <param name="span">Where in that file, or null.</param>
        /// <param name="args">The message arguments.</param>
        public TtsDiagnostic(TtsDiagnosticDescriptor descriptor, string? filePath, TtsSourceSpan? span, params object[] args)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
            FilePath = filePath;
            Span = span;
            Message = Format(descriptor.MessageFormat, args ?? Array.Empty<object>());
        }

        /// <summary>The descriptor this diagnostic was made from.</summary>
        public TtsDiagnosticDescriptor Descriptor { get; }

        /// <summary>The code, e.g. <c>PTTS1006</c>.</summary>
        public string Code => Descriptor.Code;

        /// <summary>The severity.</summary>
        public TtsSeverity Severity => Descriptor.Severity;

        /// <summary>The formatted one-line message.</summary>
        public string Message { get; }

        /// <summary>The file it concerns, or null.</summary>
        public string? FilePath { get; }

        /// <summary>The exact span in that file, or null.</summary>
        public TtsSourceSpan? Span { get; }

        /// <summary>True for <see cref="TtsSeverity.Error"/>.</summary>
        public bool IsError => Severity == TtsSeverity.Error;

        /// <summary>The canonical MSBuild form: <c>path(line,col): error PTTS1006: message</c> (1-based).</summary>
        public override string ToString()
        {
            var builder = new StringBuilder();
            if (FilePath != null)
            {
                builder.Append(FilePath);
                if (Span is TtsSourceSpan span)
                {
                    builder.Append('(').Append((span.StartLine + 1).ToString(CultureInfo.InvariantCulture))
                        .Append(',').Append((span.StartColumn + 1).ToString(CultureInfo.InvariantCulture)).Append(')');
                }

                builder.Append(": ");
            }

            builder.Append(Severity == TtsSeverity.Error ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
            return builder.ToString();
        }

        /// <inheritdoc />
        public bool Equals(TtsDiagnostic? other) =>
            other is not null &&
            string.Equals(Code, other.Code, StringComparison.Ordinal) &&
            Severity == other.Severity &&
            string.Equals(Message, other.Message, StringComparison.Ordinal) &&
            string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) &&
            Nullable.Equals(Span, other.Span);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsDiagnostic);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(Code);
                hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Message);
                hash = (hash * 397) ^ (FilePath == null ? 0 : StringComparer.Ordinal.GetHashCode(FilePath));
                return (hash * 397) ^ Span.GetHashCode();
            }
        }

        private static string Format(string format, object[] args)
        {
            try
            {
                return string.Format(CultureInfo.InvariantCulture, format, args);
            }
            catch (FormatException)
            {
                // A caller passed fewer arguments than the format needs: a diagnostic must never turn into a
                // crash, so show the format with the arguments appended rather than throw.
                return format + " [" + string.Join(", ", args) + "]";
            }
        }
    }
}
