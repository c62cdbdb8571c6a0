using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>
/// The independent tools the finishing is checked against (Debian's ffmpeg, sox, opus-tools; .ci/run installs them).
/// A missing tool fails the test: a check that silently does not run proves nothing.
/// </summary>
internal static partial class AudioTools
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{tool}' is needed by this test (apt-get install ffmpeg sox opus-tools; .ci/run does it): {exception.Message}", exception);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    /// <summary>ffmpeg's EBU R128 meter: integrated loudness (LUFS) and true peak (dBTP) of a file.</summary>
    public static (double Integrated, double TruePeak) Ebur128(string path)
    {
        var (code, output) = Run("ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-");
        Assert.True(code == 0, output);
        int summary = output.LastIndexOf("Summary:", StringComparison.Ordinal);
        Assert.True(summary >= 0, output);
        string tail = output[summary..];
        double integrated = double.Parse(IntegratedPattern().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        double peak = double.Parse(PeakPattern().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        return (integrated, peak);
    }

    /// <summary>ffmpeg's silencedetect at -50 dB: each silence of at least <paramref name="minimumSeconds"/> (start, end).</summary>
    public static List<(double Start, double End)> Silences(string path, double minimumSeconds)
    {
        var (code, output) = Run("ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af",
            string.Create(CultureInfo.InvariantCulture, $"silencedetect=n=-50dB:d={minimumSeconds}"), "-f", "null", "-");
        Assert.True(code == 0, output);
        var starts = SilenceStart().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var ends = SilenceEnd().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return starts.Select((s, i) => (s, i < ends.Count ? ends[i] : double.PositiveInfinity)).ToList();
    }

    /// <summary>sox's length in seconds of a file.</summary>
    public static double SoxLength(string path)
    {
        var (code, output) = Run("sox", path, "-n", "stat");
        Assert.True(code == 0, output);
        return double.Parse(SoxLengthPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"I:\s+(-?[\d.]+) LUFS")]
    private static partial Regex IntegratedPattern();

    [GeneratedRegex(@"Peak:\s+(-?[\d.]+|-inf) dBFS")]
    private static partial Regex PeakPattern();

    [GeneratedRegex(@"silence_start: (-?[\d.e-]+)")]
    private static partial Regex SilenceStart();

    [GeneratedRegex(@"silence_end: (-?[\d.e-]+)")]
    private static partial Regex SilenceEnd();

    [GeneratedRegex(@"Length \(seconds\):\s+([\d.]+)")]
    private static partial Regex SoxLengthPattern();
}
