package org.isnad.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a document as strict UTF-8: a byte order mark is dropped, CR LF line ends are kept
 * (tokens never span them), and invalid UTF-8 is rejected with the byte offset of the first bad
 * sequence rather than silently replaced, so that a user learns which file is broken.
 */
public final class DocumentTextReader
{
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DocumentTextReader()
    {
        // static utility
    }

    public static String read(Path file) throws IOException
    {
        byte[] bytes = Files.readAllBytes(file);
        return decode(bytes);
    }

    /**
     * @throws CharacterCodingException
     *             with a message naming the offset of the first invalid byte
     */
    public static String decode(byte[] bytes) throws CharacterCodingException
    {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position(), result.length());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Invalid UTF-8 at a known byte offset. */
    public static final class InvalidUtf8Exception
        extends MalformedInputException
    {
        private static final long serialVersionUID = 1L;
        private final long offset;

        InvalidUtf8Exception(long offset, int length)
        {
            super(length);
            this.offset = offset;
        }

        @Override
        public String getMessage()
        {
            return "not valid UTF-8: malformed byte sequence at byte offset " + offset
                    + " (convert the file to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8)";
        }
    }
}
