package org.isnad.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;

/**
 * An output written once per run (a table over all documents, a report) rather than once per
 * document. {@link #collect} is called from worker threads as each document is finished and must
 * be thread-safe; {@link #write} is called once at the end, and must write its rows in document
 * order so that the file does not depend on the number of threads.
 */
public interface RunOutput
{
    void collect(JCas jcas, InputDocument document);

    /** Called for documents that failed, so that run-level outputs can report them. */
    default void failed(InputDocument document, String reason)
    {
        // most outputs ignore failures
    }

    /** Writes the output into the run's output folder (atomically, see {@link AtomicFiles}). */
    void write(Path outputDirectory) throws IOException;
}
