package org.isnad.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.TypeSystemUtil;
import org.dkpro.core.api.io.JCasFileWriter_ImplBase;
import org.dkpro.core.io.conll.ConllUWriter;
import org.dkpro.core.io.xmi.XmiWriter;
import org.isnad.io.WebannoTsv3Writer;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs an analysis engine over documents with N worker threads and writes per-document and
 * per-run outputs.
 *
 * <ul>
 * <li>Each worker owns one engine and one CAS, reused (reset) for every document; all engines share
 * one {@link ResourceManager}, so shared resources such as lexicons are loaded once.</li>
 * <li>Per-document writers write into the worker's private staging folder; only when every writer
 * has finished is each file renamed into the output folder. A failed document leaves nothing
 * behind, and its failure (file and reason) does not stop the others.</li>
 * <li>Outputs depend only on the document, never on the thread that processed it.</li>
 * </ul>
 */
public class AnnotationRunner
{
    /** Name of the type system file written next to the XMI files. */
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
    static final String STAGING_FOLDER = ".isnad-staging";

    private final AnalysisEngineDescription analysis;
    private final Path outputDirectory;
    private final Set<OutputFormat> formats;
    private final List<RunOutput> runOutputs;
    private final int threads;
    private final PrintStream err;
    private final boolean progress;

    public AnnotationRunner(AnalysisEngineDescription analysis, Path outputDirectory,
            Set<OutputFormat> formats, List<RunOutput> runOutputs, int threads, PrintStream err,
            boolean progress)
    {
        this.analysis = analysis;
        this.outputDirectory = outputDirectory;
        this.formats = formats;
        this.runOutputs = runOutputs;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
    }

    /** What a run did. */
    public record Summary(int documents, int failed, long tokens, double seconds,
            List<String> failures)
    {
        public double tokensPerSecond()
        {
            return seconds > 0 ? tokens / seconds : 0;
        }

        public String line()
        {
            return String.format(java.util.Locale.ROOT,
                    "%d documents (%d failed), %d tokens, %.1f s, %.0f tokens/s", documents,
                    failed, tokens, seconds, tokensPerSecond());
        }
    }

    public Summary run(List<InputDocument> documents) throws Exception
    {
        long start = System.nanoTime();
        Files.createDirectories(outputDirectory);
        Path staging = outputDirectory.resolve(STAGING_FOLDER);
        ResourceManager resourceManager = UIMAFramework.newDefaultResourceManager();
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int workerCount = Math.min(threads, Math.max(1, documents.size()));

        List<Worker> workers = new ArrayList<>();
        try {
            for (int w = 0; w < workerCount; w++) {
                workers.add(new Worker(w, staging.resolve("w" + w), resourceManager));
            }
            if (formats.contains(OutputFormat.XMI)) {
                writeTypeSystem(workers.get(0).jcas);
            }
            ProgressBar bar = progress && documents.size() > 1 ? new ProgressBarBuilder()
                    .setTaskName("Annotating").setInitialMax(documents.size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 100)).build() : null;
            ExecutorService pool = Executors.newFixedThreadPool(workerCount);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Worker worker : workers) {
                    futures.add(pool.submit(() -> {
                        int index;
                        while ((index = next.getAndIncrement()) < documents.size()) {
                            InputDocument document = documents.get(index);
                            String failure = worker.process(document, tokens);
                            if (failure != null) {
                                failures.add(document.file() + ": " + failure);
                                for (RunOutput output : runOutputs) {
                                    output.failed(document, failure);
                                }
                            }
                            if (bar != null) {
                                bar.step();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
            finally {
                pool.shutdown();
                if (bar != null) {
                    bar.close();
                }
            }
            for (RunOutput output : runOutputs) {
                output.write(outputDirectory);
            }
        }
        finally {
            for (Worker worker : workers) {
                worker.close();
            }
            deleteRecursively(staging);
        }
        List<String> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(Comparator.naturalOrder());
        return new Summary(documents.size(), sortedFailures.size(), tokens.get(),
                (System.nanoTime() - start) / 1e9, sortedFailures);
    }

    private void writeTypeSystem(JCas jcas) throws Exception
    {
        TypeSystemDescription description = TypeSystemUtil
                .typeSystem2TypeSystemDescription(jcas.getTypeSystem());
        AtomicFiles.write(outputDirectory.resolve(TYPE_SYSTEM_FILE), out -> {
            try {
                description.toXML(out);
            }
            catch (org.xml.sax.SAXException e) {
                throw new IOException("Cannot write the type system: " + e.getMessage(), e);
            }
        });
    }

    private List<AnalysisEngineDescription> writerDescriptions(Path stagingFolder)
        throws Exception
    {
        List<AnalysisEngineDescription> writers = new ArrayList<>();
        String target = stagingFolder.resolve("out").toString();
        if (formats.contains(OutputFormat.XMI)) {
            writers.add(createEngineDescription(XmiWriter.class,
                    JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, target,
                    JCasFileWriter_ImplBase.PARAM_STRIP_EXTENSION, true,
                    JCasFileWriter_ImplBase.PARAM_OVERWRITE, true,
                    XmiWriter.PARAM_VERSION, "1.0",
                    XmiWriter.PARAM_SANITIZE_ILLEGAL_CHARACTERS, true,
                    // TypeSystem.xml is written once per run by the runner
                    XmiWriter.PARAM_TYPE_SYSTEM_FILE,
                    stagingFolder.resolve("typesystem-unused.xml").toString()));
        }
        if (formats.contains(OutputFormat.TSV)) {
            writers.add(createEngineDescription(WebannoTsv3Writer.class,
                    JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, target,
                    JCasFileWriter_ImplBase.PARAM_STRIP_EXTENSION, true,
                    JCasFileWriter_ImplBase.PARAM_OVERWRITE, true));
        }
        if (formats.contains(OutputFormat.CONLLU)) {
            writers.add(createEngineDescription(ConllUWriter.class,
                    // FORM = the syntactic word's form (ل + الحكومة); the multiword-token line
                    // keeps the text as written
                    ConllUWriter.PARAM_WRITE_COVERED_TEXT, false,
                    JCasFileWriter_ImplBase.PARAM_TARGET_LOCATION, target,
                    JCasFileWriter_ImplBase.PARAM_STRIP_EXTENSION, true,
                    JCasFileWriter_ImplBase.PARAM_OVERWRITE, true));
        }
        return writers;
    }

    /** One thread's engine, writers, CAS and staging folder. */
    private final class Worker
    {
        private final AnalysisEngine engine;
        private final List<AnalysisEngine> writers = new ArrayList<>();
        private final JCas jcas;
        private final Path stagingOut;

        Worker(int id, Path stagingFolder, ResourceManager resourceManager) throws Exception
        {
            engine = UIMAFramework.produceAnalysisEngine(analysis, resourceManager, null);
            for (AnalysisEngineDescription writer : writerDescriptions(stagingFolder)) {
                writers.add(UIMAFramework.produceAnalysisEngine(writer, resourceManager, null));
            }
            jcas = JCasFactory.createJCas();
            stagingOut = stagingFolder.resolve("out");
            Files.createDirectories(stagingOut);
        }

        /** @return null on success, else the reason of the failure */
        String process(InputDocument document, AtomicLong tokenCount)
        {
            try {
                String text = DocumentTextReader.read(document.file());
                jcas.reset();
                jcas.setDocumentText(text);
                jcas.setDocumentLanguage("ar");
                DocumentMetaData meta = DocumentMetaData.create(jcas);
                meta.setDocumentId(document.outputStem());
                meta.setDocumentTitle(document.file().getFileName().toString());
                meta.setDocumentUri(document.file().toUri().toString());
                meta.setDocumentBaseUri(document.baseDirectory().toUri().toString());
                meta.setCollectionId(document.baseDirectory().toUri().toString());
                engine.process(jcas);
                for (AnalysisEngine writer : writers) {
                    writer.process(jcas);
                }
                for (RunOutput output : runOutputs) {
                    output.collect(jcas, document);
                }
                publishStagedFiles();
                tokenCount.addAndGet(JCasUtil.select(jcas, Token.class).size());
                return null;
            }
            catch (Exception | StackOverflowError | OutOfMemoryError e) {
                discardStagedFiles();
                return describe(e);
            }
            finally {
                jcas.reset();
            }
        }

        private void publishStagedFiles() throws IOException
        {
            List<Path> staged;
            try (Stream<Path> files = Files.walk(stagingOut)) {
                staged = files.filter(Files::isRegularFile).toList();
            }
            for (Path file : staged) {
                AtomicFiles.move(file, outputDirectory.resolve(stagingOut.relativize(file)));
            }
        }

        private void discardStagedFiles()
        {
            try {
                deleteRecursively(stagingOut);
                Files.createDirectories(stagingOut);
            }
            catch (IOException e) {
                err.println("Warning: cannot clean staging folder " + stagingOut + ": " + e);
            }
        }

        void close()
        {
            engine.destroy();
            writers.forEach(AnalysisEngine::destroy);
        }
    }

    /** The most specific message of an exception chain, with the exception type when unclear. */
    static String describe(Throwable e)
    {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return root instanceof IOException || root instanceof IllegalArgumentException
                || root instanceof IllegalStateException ? message
                        : root.getClass().getSimpleName() + ": " + message;
    }

    static void deleteRecursively(Path path) throws IOException
    {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
