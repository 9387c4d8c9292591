package org.isnad.pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code isnad evaluate}: scorers against gold files. Each task (segmentation, ner, quotes,
 * events) is a sub-command.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score Isnad against gold annotations.",
        subcommands = { org.isnad.eval.EvaluateSegmentationCommand.class,
                org.isnad.eval.EvaluateNerCommand.class, org.isnad.eval.EvaluateQuotesCommand.class,
                org.isnad.eval.EvaluateEventsCommand.class })
public class EvaluateCommand
    implements Runnable
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new IllegalArgumentException("Missing sub-command: which task to evaluate ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
