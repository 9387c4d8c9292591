package org.isnad.pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code isnad train}: rebuilds the learned models and data resources that ship with Isnad from
 * development corpora. Each model or resource is a sub-command.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Isnad's models and build its data resources from corpora.",
        subcommands = { TrainNerCommand.class, TrainFrequenciesCommand.class })
public class TrainCommand
    implements Runnable
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new IllegalArgumentException("Missing sub-command: what to train ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
