package org.isnad.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Adapts picocli's error writer to the {@code PrintStream} that the progress bar needs. */
final class WriterOutputStream
    extends OutputStream
{
    private final PrintWriter writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer)
    {
        this.writer = writer;
    }

    @Override
    public synchronized void write(int b)
    {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len)
    {
        buffer.write(b, off, len);
    }

    @Override
    public synchronized void flush()
    {
        writer.write(buffer.toString(StandardCharsets.UTF_8));
        writer.flush();
        buffer.reset();
    }
}
