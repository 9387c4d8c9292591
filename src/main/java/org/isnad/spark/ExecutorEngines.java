package org.isnad.spark;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceManager;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.io.xmi.XmiWriter;
import org.isnad.pipeline.IsnadPipeline;

/**
 * The Isnad engines of one executor JVM. Engines are created on first use and then lent to every
 * task of every partition that runs in this JVM: one engine (with its CAS) per concurrently
 * running task, all sharing one UIMA {@link ResourceManager}, so each lexicon is loaded once per
 * executor. An engine is never created per document or per partition.
 *
 * <p>This is JVM-wide state by necessity: Spark ships functions, not objects, to executors, and
 * the engines must outlive a single task.
 */
public final class ExecutorEngines
{
    /**
     * An engine with the CAS it reuses, and an XMI writer (DKPro's, so that XMI is written exactly
     * as {@code annotate} writes it) with its private local staging folder.
     */
    public record Lease(AnalysisEngine engine, JCas jcas, AnalysisEngine xmiWriter,
            Path xmiStaging) {}

    private static final Object LOCK = new Object();
    private static ResourceManager resourceManager;
    private static final BlockingQueue<Lease> IDLE = new LinkedBlockingQueue<>();
    private static int created;

    private ExecutorEngines()
    {
        // static holder
    }

    /** Borrows an idle engine, or creates one when every existing engine is in use. */
    public static Lease borrow() throws Exception
    {
        Lease lease = IDLE.poll();
        if (lease != null) {
            return lease;
        }
        synchronized (LOCK) {
            if (resourceManager == null) {
                resourceManager = UIMAFramework.newDefaultResourceManager();
            }
            AnalysisEngine engine = UIMAFramework
                    .produceAnalysisEngine(IsnadPipeline.createAggregate(), resourceManager, null);
            Path staging = Files.createTempDirectory("isnad-xmi-");
            AnalysisEngine xmiWriter = UIMAFramework.produceAnalysisEngine(
                    createEngineDescription(XmiWriter.class,
                            JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, staging.toString(),
                            JCasFileWriter_ImplBase.PARAM_USE_DOCUMENT_ID, true,
                            JCasFileWriter_ImplBase.PARAM_OVERWRITE, true,
                            XmiWriter.PARAM_VERSION, "1.0",
                            XmiWriter.PARAM_SANITIZE_ILLEGAL_CHARACTERS, true,
                            XmiWriter.PARAM_TYPE_SYSTEM_FILE,
                            staging.resolve(".typesystem.xml").toString()),
                    resourceManager, null);
            created++;
            return new Lease(engine, JCasFactory.createJCas(), xmiWriter, staging);
        }
    }

    public static void giveBack(Lease lease)
    {
        lease.jcas().reset();
        IDLE.add(lease);
    }

    /** How many engines this JVM has created (for tests and logging). */
    public static int enginesCreated()
    {
        synchronized (LOCK) {
            return created;
        }
    }
}
