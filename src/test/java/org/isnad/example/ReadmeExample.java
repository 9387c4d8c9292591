package org.isnad.example;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.text.TextReader;
import org.dkpro.core.io.xmi.XmiWriter;
import org.isnad.pipeline.IsnadPipeline;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** The uimaFIT example of README.md, compiled and run by {@link ReadmeExampleTest}. */
public class ReadmeExample
{
    public static void annotateOneText() throws Exception
    {
        // README-BEGIN annotate-one-text
        JCas jcas = JCasFactory.createText(
                "التقى الرئيس الأميركي دونالد ترمب بالكاظمي في البيت الأبيض.", "ar");
        SimplePipeline.runPipeline(jcas, IsnadPipeline.createAggregate());
        for (Token token : JCasUtil.select(jcas, Token.class)) {
            System.out.println(token.getCoveredText() + "\t" + token.getFormValue());
        }
        // README-END
    }

    public static void annotateAFolder(String inputFolder, String outputFolder) throws Exception
    {
        // README-BEGIN annotate-a-folder
        SimplePipeline.runPipeline(
                createReaderDescription(TextReader.class,
                        TextReader.PARAM_SOURCE_LOCATION, inputFolder,
                        TextReader.PARAM_PATTERNS, "*.txt",
                        TextReader.PARAM_LANGUAGE, "ar"),
                IsnadPipeline.createAggregate(),
                createEngineDescription(XmiWriter.class,
                        XmiWriter.PARAM_TARGET_LOCATION, outputFolder,
                        XmiWriter.PARAM_VERSION, "1.0",
                        XmiWriter.PARAM_SANITIZE_ILLEGAL_CHARACTERS, true));
        // README-END
    }
}
