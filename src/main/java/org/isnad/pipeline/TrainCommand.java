package org.isnad.pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad train}: rebuilds Isnad's learned models. Each model is a sub-command. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Isnad's learned models from annotated data.",
        subcommands = { TrainNerCommand.class })
public class TrainCommand
    implements Runnable
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new IllegalArgumentException("Missing sub-command: which model to train ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
