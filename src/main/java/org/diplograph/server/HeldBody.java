package org.diplograph.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;

/**
 * A response body held in memory instead of sent, for a filter that sends something else in its
 * place once the handler is done ({@link ErrorBodies}, {@link ConsoleSetup}). Blocking only: such
 * bodies are small and written at once.
 */
final class HeldBody extends ServletOutputStream {
    private final ByteArrayOutputStream out;

    HeldBody(ByteArrayOutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        out.write(b, off, len);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("a held body is written at once");
    }
}
