package org.isnad.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.isnad.io.InceptionLayerDefinitions;

/**
 * Writes, once per run, the INCEpTION layer definitions ({@value InceptionLayerDefinitions#LAYERS_FILE})
 * and the INCEpTION project archive ({@value InceptionLayerDefinitions#PROJECT_FILE}) into the
 * output folder, so that the run's XMI or TSV files can be imported into INCEpTION.
 */
public class InceptionProjectOutput
    implements RunOutput
{
    private final InceptionLayerDefinitions definitions;

    public InceptionProjectOutput() throws ResourceInitializationException
    {
        definitions = new InceptionLayerDefinitions(IsnadPipeline.typeSystem());
    }

    @Override
    public void collect(JCas jcas, InputDocument document)
    {
        // The definitions depend on the type system only
    }

    @Override
    public void write(Path outputDirectory) throws IOException
    {
        AtomicFiles.write(outputDirectory.resolve(InceptionLayerDefinitions.LAYERS_FILE),
                definitions::writeLayers);
        AtomicFiles.write(outputDirectory.resolve(InceptionLayerDefinitions.PROJECT_FILE),
                definitions::writeProjectArchive);
    }
}
