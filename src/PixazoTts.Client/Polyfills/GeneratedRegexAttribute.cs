using System.Collections.Concurrent;
using System.Reflection;

namespace System.Text.RegularExpressions
{
    /// <summary>
    /// netstandard2.0 stand-in for .NET 7's attribute: the regex source generator does not run there, so the
    /// pattern stays in the attribute (one place) and <see cref="GeneratedRegexFallback"/> compiles it at run time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    internal sealed class GeneratedRegexAttribute : Attribute
    {
        public GeneratedRegexAttribute(string pattern, RegexOptions options = RegexOptions.None)
        {
            Pattern = pattern;
            Options = options;
        }

        public string Pattern { get; }

        public RegexOptions Options { get; }
    }

    /// <summary>The body of a <see cref="GeneratedRegexAttribute"/> method on netstandard2.0: its pattern, compiled once.</summary>
    internal static class GeneratedRegexFallback
    {
        private static readonly ConcurrentDictionary<(Type, string), Regex> Cache = new();

        public static Regex For(Type declaringType, string methodName) =>
            Cache.GetOrAdd((declaringType, methodName), static key =>
            {
                var method = key.Item1.GetMethod(key.Item2, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                    ?? throw new InvalidOperationException(key.Item1 + "." + key.Item2 + " not found.");
                var attribute = method.GetCustomAttribute<GeneratedRegexAttribute>()
                    ?? throw new InvalidOperationException(key.Item1 + "." + key.Item2 + " has no [GeneratedRegex].");
                return new Regex(attribute.Pattern, attribute.Options | RegexOptions.Compiled);
            });
    }
}

namespace PixazoTts.Client.Gateway
{
    using System.Text.RegularExpressions;

    /// <summary>The netstandard2.0 body of the <c>[GeneratedRegex]</c> method (the pattern is in the main file).</summary>
    internal sealed partial class GatewayErrorTranslator
    {
        private static partial Regex RequiredAmount() => GeneratedRegexFallback.For(typeof(GatewayErrorTranslator), nameof(RequiredAmount));
    }
}
