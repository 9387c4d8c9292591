package org.isnad.pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLizable;

/**
 * Writes the UIMA XML descriptors of {@code descriptors/} and checks that the committed ones are
 * current. Run by the build (exec-maven-plugin, phase {@code process-classes}) after the
 * uimafit-maven-plugin has generated one descriptor per component:
 * <ul>
 * <li>{@code <Component>.xml} for every Isnad component (copied from uimaFIT's output, whose
 * descriptions come from the Javadoc);</li>
 * <li>{@code IsnadPipeline.xml}, the aggregate of {@link IsnadPipeline#createAggregate()};</li>
 * <li>{@code TypeSystem.xml}, every type the pipeline uses (Isnad's and DKPro Core's).</li>
 * </ul>
 * Usage: {@code DescriptorGenerator CLASSES_DIR DESCRIPTORS_DIR (check|update)}. In {@code check}
 * mode a stale or missing descriptor fails with a message that says how to regenerate them.
 */
public final class DescriptorGenerator
{
    public static final String AGGREGATE_FILE = "IsnadPipeline.xml";
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    private DescriptorGenerator()
    {
        // command-line tool
    }

    public static void main(String[] args) throws Exception
    {
        if (args.length != 3 || !(args[2].equals("check") || args[2].equals("update"))) {
            throw new IllegalArgumentException(
                    "Usage: DescriptorGenerator CLASSES_DIR DESCRIPTORS_DIR (check|update)");
        }
        Map<String, String> expected = generate(Path.of(args[0]));
        Path descriptors = Path.of(args[1]);
        if (args[2].equals("update")) {
            update(descriptors, expected);
        }
        else {
            List<String> problems = check(descriptors, expected);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("descriptors/ is stale: " + problems
                        + ". Regenerate and commit them with: mvn -B process-classes "
                        + "-Disnad.descriptors=update");
            }
        }
    }

    /** File name → content of every descriptor, generated from the compiled classes. */
    public static Map<String, String> generate(Path classesDirectory) throws Exception
    {
        Map<String, String> files = new TreeMap<>();
        Path componentList = classesDirectory.resolve("META-INF/org.apache.uima.fit/components.txt");
        if (Files.exists(componentList)) {
            for (String line : Files.readAllLines(componentList, StandardCharsets.UTF_8)) {
                String location = line.trim().replaceFirst("^classpath\\*:", "");
                if (location.isEmpty() || !location.startsWith("org/isnad/")) {
                    continue;
                }
                Path descriptor = classesDirectory.resolve(location);
                files.put(descriptor.getFileName().toString(),
                        Files.readString(descriptor, StandardCharsets.UTF_8));
            }
        }
        files.put(AGGREGATE_FILE, toXml(IsnadPipeline.createAggregate()));
        TypeSystemDescription types = IsnadPipeline.typeSystem();
        types.resolveImports();
        types.setName("Isnad");
        types.setDescription("All types that the Isnad pipeline reads or writes.");
        files.put(TYPE_SYSTEM_FILE, toXml(types));
        return files;
    }

    public static List<String> check(Path descriptors, Map<String, String> expected)
        throws IOException
    {
        List<String> problems = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            Path file = descriptors.resolve(entry.getKey());
            if (!Files.exists(file)) {
                problems.add(entry.getKey() + " is missing");
            }
            else if (!normalise(Files.readString(file, StandardCharsets.UTF_8))
                    .equals(normalise(entry.getValue()))) {
                problems.add(entry.getKey() + " differs from the code");
            }
        }
        if (Files.isDirectory(descriptors)) {
            try (var existing = Files.list(descriptors)) {
                for (Path file : existing.toList()) {
                    if (!expected.containsKey(file.getFileName().toString())) {
                        problems.add(file.getFileName() + " belongs to no component");
                    }
                }
            }
        }
        return problems;
    }

    private static void update(Path descriptors, Map<String, String> expected) throws IOException
    {
        Files.createDirectories(descriptors);
        try (var existing = Files.list(descriptors)) {
            for (Path file : existing.toList()) {
                if (!expected.containsKey(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
        for (var entry : expected.entrySet()) {
            AtomicFiles.write(descriptors.resolve(entry.getKey()),
                    out -> out.write(entry.getValue().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Line ends differ between checkouts; nothing else may. */
    private static String normalise(String xml)
    {
        return xml.replace("\r\n", "\n").strip();
    }

    private static String toXml(XMLizable description) throws Exception
    {
        StringWriter writer = new StringWriter();
        description.toXML(writer);
        return writer.toString();
    }
}
