package app.dyad.records;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The ZIP as one entry's writer sees it: OpenPDF and Jackson close the stream they were given when they finish, which
 * must end the entry, not the whole archive.
 */
final class UnclosedStream extends FilterOutputStream {

    UnclosedStream(OutputStream zip) {
        super(zip);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
