package org.isnad.pipeline;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code isnad} command line. {@link #main} only calls {@link #run}, which returns the exit
 * code: 0 when every document was done, 1 when some failed, 2 on a usage error.
 */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "Isnad 0.1.0",
        description = "Arabic news analysis: segmentation, named entities, quotations, events.",
        subcommands = { AnnotateCommand.class, EvaluateCommand.class, TrainCommand.class })
public class IsnadCli
    implements Runnable
{
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURES = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing sub-command: annotate, evaluate or train");
    }

    public static void main(String[] args)
    {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    public static int run(String... args)
    {
        return run(System.out, System.err, args);
    }

    public static int run(PrintStream out, PrintStream err, String... args)
    {
        CommandLine commandLine = new CommandLine(new IsnadCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExitCodeExceptionMapper(e -> e instanceof IllegalArgumentException
                || e instanceof CommandLine.ParameterException
                ? EXIT_USAGE : EXIT_FAILURES);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("Error: " + e.getMessage());
                cmd.usage(cmd.getErr());
                return EXIT_USAGE;
            }
            cmd.getErr().println("Error: " + AnnotationRunner.describe(e));
            return EXIT_FAILURES;
        });
        return commandLine.execute(args);
    }
}
