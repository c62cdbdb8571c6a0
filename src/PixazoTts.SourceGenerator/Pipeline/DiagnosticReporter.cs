using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// Turns Core's diagnostics (plain data, carried through the pipeline) into compiler diagnostics at the same
    /// span inside the <c>.tts.json</c> file, so the IDE underlines the exact token the task's message names.
    /// </summary>
    internal static class DiagnosticReporter
    {
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new ConcurrentDictionary<string, DiagnosticDescriptor>();

        public static void Report(SourceProductionContext context, EquatableArray<TtsDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(ToRoslyn(diagnostic));
            }
        }

        public static Diagnostic ToRoslyn(TtsDiagnostic diagnostic)
        {
            var descriptor = Descriptors.GetOrAdd(diagnostic.Code, _ => new DiagnosticDescriptor(
                diagnostic.Code,
                diagnostic.Descriptor.Title,
                "{0}",
                "PixazoTts",
                diagnostic.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: "See docs/diagnostics.md of PixazoTts.Build for " + diagnostic.Code + "."));
            return Diagnostic.Create(descriptor, LocationOf(diagnostic), diagnostic.Message);
        }

        private static Location LocationOf(TtsDiagnostic diagnostic)
        {
            if (diagnostic.FilePath is null)
            {
                return Location.None;
            }

            var span = diagnostic.Span ?? TtsSourceSpan.FileStart;
            return Location.Create(
                diagnostic.FilePath,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        }
    }
}
