using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PixazoTts.SourceGenerator.Emit
{
    /// <summary>Turns script values into C# literals and documentation text that always compile.</summary>
    internal static class CSharpText
    {
        /// <summary>The longest text shown in a member's documentation; the full text is in the member's value.</summary>
        private const int MaxDocumentedLength = 400;

        /// <summary>A C# string literal (control characters, quotes and lone surrogates escaped), or <c>null</c>.</summary>
        public static string Literal(string? value) =>
            value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary>
        /// Text for an XML documentation comment: one line, XML-escaped, with characters XML 1.0 cannot hold replaced,
        /// so a script's content never makes the compiler warn about a malformed comment (CS1570).
        /// </summary>
        public static string Documentation(string value)
        {
            var builder = new StringBuilder(value.Length + 16);
            int shown = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (shown == MaxDocumentedLength)
                {
                    builder.Append('…');
                    break;
                }

                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                }
                else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                {
                    builder.Append('\uFFFD');
                }
                else if (c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085')
                {
                    // One doc-comment line each: a line break in the text would end the comment.
                    builder.Append(' ');
                }
                else if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
                {
                    builder.Append('\uFFFD');
                }
                else if (c == '&')
                {
                    builder.Append("&amp;");
                }
                else if (c == '<')
                {
                    builder.Append("&lt;");
                }
                else if (c == '>')
                {
                    builder.Append("&gt;");
                }
                else
                {
                    builder.Append(c);
                }

                shown++;
            }

            return builder.ToString();
        }
    }
}
