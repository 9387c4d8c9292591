package org.isnad.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.api.parameter.ComponentParameters;
import org.isnad.io.tsv.CasTsvConverter;
import org.isnad.io.tsv.TsvLayout;
import org.isnad.io.tsv.TsvSerializer;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Writes each CAS as a WebAnno TSV 3.3 file, the format INCEpTION imports as "WebAnno TSV v3.3".
 * Every layer INCEpTION would recognise is written (span layers with primitive and slot
 * features, Governor/Dependent relation layers); Token and Sentence make the rows and the
 * {@code #Text=} lines, document metadata is not written. See {@link CasTsvConverter} for the
 * layer rules and {@link TsvLayout} / {@link TsvSerializer} for the format.
 */
@ResourceMetaData(name = "Isnad WebAnno TSV 3.3 Writer")
@TypeCapability(inputs = { Sentence._TypeName, Token._TypeName })
public class WebannoTsv3Writer
    extends JCasFileWriter_ImplBase
{
    /** The extension of the written files. */
    public static final String PARAM_FILENAME_EXTENSION = ComponentParameters.PARAM_FILENAME_EXTENSION;
    @ConfigurationParameter(name = PARAM_FILENAME_EXTENSION, mandatory = true, defaultValue = ".tsv")
    private String filenameExtension;

    /** Full names of types that are not written although they would be layers. */
    public static final String PARAM_EXCLUDED_TYPES = "excludedTypes";
    @ConfigurationParameter(name = PARAM_EXCLUDED_TYPES, mandatory = false, defaultValue = {})
    private Set<String> excludedTypes;

    private TypeSystem analysedTypeSystem;
    private CasTsvConverter converter;

    @Override
    public void initialize(UimaContext aContext) throws ResourceInitializationException
    {
        super.initialize(aContext);
        if (excludedTypes == null) {
            excludedTypes = new HashSet<>();
        }
    }

    @Override
    public void process(JCas aJCas) throws AnalysisEngineProcessException
    {
        TypeSystem ts = aJCas.getTypeSystem();
        if (ts != analysedTypeSystem) {
            converter = new CasTsvConverter(ts, excludedTypes);
            analysedTypeSystem = ts;
        }
        TsvLayout layout = TsvLayout.of(converter.convert(aJCas.getCas()));
        for (String warning : layout.getWarnings()) {
            getLogger().warn(warning);
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(getOutputStream(aJCas, filenameExtension), UTF_8))) {
            TsvSerializer.write(layout, out);
        }
        catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
