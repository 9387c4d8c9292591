package org.isnad.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.isnad.pipeline.IsnadPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad evaluate events --gold FILE|DIR [--texts DIR] [--errors N]}: runs the whole
 * pipeline on the gold's texts and prints trigger P/R/F1 (overall and per PLOVER category),
 * source and target accuracy, modality accuracy and event-identity pairwise F1. The gold is
 * UniversalPetrarch's validation XML ({@code .xml}) or Isnad's JSON event gold (a {@code .json}
 * file or a directory of them; see {@link EventGold}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score Isnad's PLOVER events against UniversalPetrarch XML or JSON gold.")
public class EvaluateEventsCommand
    implements Callable<Integer>
{
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true,
            description = "UniversalPetrarch validation .xml, a JSON gold file or a directory of them.")
    Path gold;

    @Option(names = "--texts", defaultValue = ".",
            description = "JSON gold only: folder that the 'document' paths are relative to "
                    + "(default: ${DEFAULT-VALUE}).")
    Path texts;

    @Option(names = "--errors", defaultValue = "0",
            description = "How many missed and spurious triggers to list (default ${DEFAULT-VALUE}).")
    int errors;

    @Override
    public Integer call() throws Exception
    {
        if (!Files.exists(gold)) {
            throw new IllegalArgumentException("No such gold file: " + gold);
        }
        List<EventGold.Document> documents = !Files.isDirectory(gold)
                && gold.getFileName().toString().endsWith(".xml")
                        ? EventGold.readUniversalPetrarch(gold)
                        : EventGold.readJson(gold, texts);
        EventEvaluator.Result result = new EventEvaluator().evaluate(documents,
                IsnadPipeline.createAggregate());
        java.io.PrintWriter out = spec.commandLine().getOut();
        EventEvaluator.print(result, errors, out);
        out.flush();
        return 0;
    }
}
