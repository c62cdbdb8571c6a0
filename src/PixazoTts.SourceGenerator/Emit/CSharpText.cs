using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PixazoTts.SourceGenerator.Emit
{
    /// <summary>Turns script values into C# literals and documentation text that always compile.</summary>
    internal static class CSharpText
    {
        /// <summary>The longest text shown in a member's documentation; the full text is in the member's value.</summary>
        private const int MaxDocumentedLength = 400;

        /// <summary>How far back a shortened text may go to end at a space instead of inside a word.</summary>
        private const int MaxWordCut = 40;

        /// <summary>A C# string literal (control characters, quotes and lone surrogates escaped), or <c>null</c>.</summary>
        public static string Literal(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            // Printable ASCII without quote or backslash is its own literal; anything else goes to Roslyn's own
            // formatter, which escapes it exactly as the compiler expects. Most table rows take the short way.
            foreach (char c in value)
            {
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return SymbolDisplay.FormatLiteral(value, quote: true);
                }
            }

            return "\"" + value + "\"";
        }

        /// <summary>Appends the C# string literal of <paramref name="value"/> (see <see cref="Literal"/>).</summary>
        public static StringBuilder AppendLiteral(StringBuilder target, StringBuilder value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return target.Append(SymbolDisplay.FormatLiteral(value.ToString(), quote: true));
                }
            }

            return target.Append('"').Append(value).Append('"');
        }

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
                    // End at a word boundary when there is one near, so a tooltip never ends inside a word.
                    int cut = LastSpace(builder);
                    if (cut >= builder.Length - MaxWordCut)
                    {
                        builder.Length = cut;
                    }

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

        /// <summary>The index of the last space written (escapes such as <c>&amp;amp;</c> hold none), or -1.</summary>
        private static int LastSpace(StringBuilder builder)
        {
            for (int i = builder.Length - 1; i >= 0; i--)
            {
                if (builder[i] == ' ')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
