namespace System;

/// <summary>netstandard2.0 stand-ins for the string members the client uses from .NET Core 2.1-6.</summary>
internal static class StringPolyfills
{
    extension(string)
    {
        /// <summary>Formats an interpolated string with <paramref name="provider"/> (what .NET 6's overload does).</summary>
        public static string Create(IFormatProvider? provider, FormattableString text) => text.ToString(provider);
    }

    extension(string text)
    {
        public string ReplaceLineEndings(string replacement) =>
            text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\f", "\n").Replace("\u0085", "\n").Replace("\u2028", "\n").Replace("\u2029", "\n").Replace("\n", replacement);

        public string Replace(string oldValue, string? newValue, StringComparison comparison)
        {
            if (comparison == StringComparison.Ordinal)
            {
                return text.Replace(oldValue, newValue);
            }

            ArgumentException.ThrowIfNullOrEmpty(oldValue);
            var result = new Text.StringBuilder(text.Length);
            var from = 0;
            for (var at = text.IndexOf(oldValue, comparison); at >= 0; at = text.IndexOf(oldValue, from, comparison))
            {
                result.Append(text, from, at - from).Append(newValue);
                from = at + oldValue.Length;
            }

            return result.Append(text, from, text.Length - from).ToString();
        }

        public bool Contains(string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

        public bool Contains(char value) => text.IndexOf(value) >= 0;

        public bool StartsWith(char value) => text.Length > 0 && text[0] == value;

        public bool EndsWith(char value) => text.Length > 0 && text[text.Length - 1] == value;
    }
}
