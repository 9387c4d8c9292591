package org.isnad.pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code isnad train}: builds the data resources that ship with Isnad from development corpora.
 * Each resource is a sub-command.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Build Isnad's data resources from corpora.",
        subcommands = { TrainFrequenciesCommand.class })
public class TrainCommand
    implements Runnable
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new IllegalArgumentException("Missing sub-command: which resource to build ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
