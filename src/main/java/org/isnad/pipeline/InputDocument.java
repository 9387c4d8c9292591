package org.isnad.pipeline;

import java.nio.file.Path;

/**
 * One input file of a run and where its outputs go.
 *
 * @param file
 *            the .txt file
 * @param baseDirectory
 *            the directory that the output path is relative to (the input directory that was
 *            named on the command line, or the file's own directory)
 * @param relativePath
 *            the file's path relative to {@code baseDirectory}, with '/' separators
 */
public record InputDocument(Path file, Path baseDirectory, String relativePath)
{
    /** The relative path without its extension: {@code sub/doc.txt} → {@code sub/doc}. */
    public String outputStem()
    {
        int dot = relativePath.lastIndexOf('.');
        int slash = relativePath.lastIndexOf('/');
        return dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
    }
}
