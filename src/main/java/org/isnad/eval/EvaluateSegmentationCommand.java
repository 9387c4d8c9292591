package org.isnad.eval;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.isnad.pipeline.IsnadPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad evaluate segmentation --gold FILE [--format conllu|farasa] [--truth FILE]
 * [--errors N]}: runs the segmenter on the gold's own text and prints word, clitic-boundary and
 * sentence P/R/F1 and the most frequent error types.
 */
@Command(name = "segmentation", mixinStandardHelpOptions = true,
        description = "Score Isnad's syntactic words against UD CoNLL-U or Farasa gold.")
public class EvaluateSegmentationCommand
    implements Callable<Integer>
{
    /** Gold formats. */
    public enum Format
    {
        conllu, farasa
    }

    @Option(names = "--gold", required = true, description = "The gold file.")
    Path gold;

    @Option(names = "--format", description = "conllu or farasa (default: from the file name: "
            + ".conllu is CoNLL-U, anything else Farasa).")
    Format format;

    @Option(names = "--truth", description = "Farasa only: WikiNewsTruth.txt, whose lines become "
            + "line breaks of the text.")
    Path truth;

    @Option(names = "--errors", defaultValue = "10",
            description = "How many of the most frequent error types to list (default ${DEFAULT-VALUE}).")
    int errors;

    @Override
    public Integer call()
        throws Exception
    {
        Format f = format != null ? format
                : gold.getFileName().toString().endsWith(".conllu") ? Format.conllu : Format.farasa;
        SegmentationGold data = f == Format.conllu ? ConllUGoldReader.read(gold)
                : FarasaGoldReader.read(gold, truth);
        SegmentationEvaluator.Result result = new SegmentationEvaluator().evaluate(data,
                IsnadPipeline.createSegmenter());
        SegmentationEvaluator.print(result, errors, System.out);
        return 0;
    }
}
