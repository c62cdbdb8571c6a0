using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots (Verify is not available from this machine's package registry): the expected output lives
/// in <c>Snapshots/NAME.approved.txt</c> beside the tests. A difference writes <c>NAME.received.txt</c> and fails;
/// <c>PIXAZO_APPROVE=1 dotnet test</c> writes the new output as approved and still fails that test (review the diff,
/// then run again without it): an approval never passes a test, so a <c>PIXAZO_APPROVE</c> that leaks into CI cannot
/// turn a changed snapshot green.
/// </summary>
public static class Snapshot
{
    /// <summary>Whether this run approves new output (<c>PIXAZO_APPROVE=1</c>).</summary>
    public static bool ApprovalRequested => Environment.GetEnvironmentVariable("PIXAZO_APPROVE") == "1";

    public static void Match(string name, GeneratorRun run, [CallerFilePath] string callerPath = "")
    {
        Match(name, Render(run), callerPath);
    }

    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "") =>
        MatchIn(Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots"), name, actual, ApprovalRequested);

    /// <summary>Compares with <c>FOLDER/NAME.approved.txt</c>; <paramref name="approve"/> stands for <c>PIXAZO_APPROVE=1</c>.</summary>
    public static void MatchIn(string folder, string name, string actual, bool approve)
    {
        string approvedPath = Path.Combine(folder, name + ".approved.txt");
        string receivedPath = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (approve)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            Assert.Fail($"Approved new output into {approvedPath} (PIXAZO_APPROVE=1). Review it with 'git diff', then run the tests again without PIXAZO_APPROVE: an approval never passes a test.");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved snapshot {approvedPath}. Review {receivedPath}, then approve it with PIXAZO_APPROVE=1 dotnet test."
            : $"Output differs from {approvedPath}. Compare with: diff {approvedPath} {receivedPath} (PIXAZO_APPROVE=1 dotnet test approves it). First difference: {FirstDifference(approved, actual)}");
    }

    /// <summary>Every generated source (by hint name) and every diagnostic with its exact span.</summary>
    public static string Render(GeneratorRun run)
    {
        var text = new StringBuilder();
        foreach (var source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            text.Append("//// ").Append(source.HintName).Append('\n');
            text.Append(source.SourceText.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        text.Append("//// diagnostics\n");
        foreach (var diagnostic in run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append(Describe(diagnostic)).Append('\n');
        }

        return text.ToString();
    }

    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) [{diagnostic.Location.SourceSpan.Start}..{diagnostic.Location.SourceSpan.End}): {diagnostic.DefaultSeverity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected «{left}» but got «{right}»";
            }
        }

        return "line endings only";
    }
}
