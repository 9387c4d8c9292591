package org.isnad.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.isnad.pipeline.IsnadPipeline;
import org.isnad.type.Quotation;
import org.isnad.type.QuotationRole;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad evaluate quotes --gold DIR [--text DIR]}: runs the whole pipeline over the
 * documents named by the gold files (see {@link QuoteGold} for the schema) and prints quotation
 * detection P/R/F1, cue F1 and speaker accuracy ({@link QuoteEvaluator}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quotations, cues and speakers against gold JSON files.")
public class EvaluateQuotesCommand
    implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of gold JSON files, one per document.")
    Path gold;

    @Option(names = "--text", paramLabel = "DIR",
            description = "Folder of the documents named in the gold files (default: the gold folder).")
    Path text;

    @Option(names = "--errors", description = "List missed, spurious and mis-attributed quotations.")
    boolean errors;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        QuoteEvaluator.Score score = evaluate(gold, text == null ? gold : text);
        if (errors) {
            score.errors.forEach(out::println);
        }
        out.print(score.table());
        out.flush();
        return 0;
    }

    /** Runs the pipeline over the gold documents and scores it. */
    public static QuoteEvaluator.Score evaluate(Path goldDirectory, Path textDirectory)
        throws Exception
    {
        List<QuoteGold.Loaded> documents = QuoteGold.read(goldDirectory, textDirectory);
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(IsnadPipeline.createAggregate());
        JCas jcas = JCasFactory.createJCas();
        QuoteEvaluator evaluator = new QuoteEvaluator();
        for (QuoteGold.Loaded document : documents) {
            jcas.reset();
            jcas.setDocumentText(document.text());
            jcas.setDocumentLanguage("ar");
            engine.process(jcas);
            evaluator.add(document.gold().document(), document.text(),
                    document.gold().quotations(), predicted(jcas));
        }
        engine.destroy();
        return evaluator.score();
    }

    /** The quotations of a CAS, for the evaluator. */
    public static List<QuoteEvaluator.Predicted> predicted(JCas jcas)
    {
        List<QuoteEvaluator.Predicted> predicted = new ArrayList<>();
        for (Quotation q : JCasUtil.select(jcas, Quotation.class)) {
            int cueBegin = -1;
            int cueEnd = -1;
            if (q.getRoles() != null) {
                for (QuotationRole role : q.getRoles()) {
                    if ("cue".equals(role.getRole()) && role.getTarget() != null) {
                        cueBegin = role.getTarget().getBegin();
                        cueEnd = role.getTarget().getEnd();
                    }
                }
            }
            predicted.add(new QuoteEvaluator.Predicted(q.getBegin(), q.getEnd(),
                    q.getKind() == null ? null : q.getKind().toLowerCase(Locale.ROOT),
                    q.getSpeaker(), cueBegin, cueEnd));
        }
        return predicted;
    }
}
