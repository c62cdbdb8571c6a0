using System.Globalization;
using System.Text.RegularExpressions;

namespace PixazoTts.Cli.CacheTools;

/// <summary>The forms prune accepts: ages <c>30d</c>, <c>12h</c>, <c>90m</c>, <c>2w</c>; sizes <c>500MB</c>, <c>2GB</c>, <c>800KB</c>, <c>1024</c> (bytes).</summary>
internal static partial class Sizes
{
    public static bool TryParseAge(string text, out TimeSpan age)
    {
        var match = AgePattern().Match(text.Trim());
        age = default;
        if (!match.Success)
        {
            return false;
        }

        double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        age = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "w" => TimeSpan.FromDays(7 * value),
            "d" => TimeSpan.FromDays(value),
            "h" => TimeSpan.FromHours(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
        return true;
    }

    public static bool TryParseSize(string text, out long bytes)
    {
        var match = SizePattern().Match(text.Trim());
        bytes = 0;
        if (!match.Success)
        {
            return false;
        }

        double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        long unit = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "KB" or "K" or "KIB" => 1024L,
            "MB" or "M" or "MIB" => 1024L * 1024,
            "GB" or "G" or "GIB" => 1024L * 1024 * 1024,
            _ => 1L,
        };
        bytes = (long)(value * unit);
        return true;
    }

    public static string Format(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB"),
        >= 1024L * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        >= 1024L => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([wdhms])$", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(B|K|KB|KIB|M|MB|MIB|G|GB|GIB)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
