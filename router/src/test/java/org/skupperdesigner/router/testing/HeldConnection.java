package org.skupperdesigner.router.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client connection kept open; reads the greeting an {@link EchoServer} sends to name itself. */
public final class HeldConnection implements AutoCloseable {
    private final Socket socket;

    public HeldConnection(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(10_000);
    }

    /** Reads exactly {@code length} bytes of greeting. */
    public String greeting(int length) throws IOException {
        byte[] buffer = new byte[length];
        InputStream in = socket.getInputStream();
        int read = 0;
        while (read < length) {
            int n = in.read(buffer, read, length - read);
            if (n < 0) {
                throw new IOException("closed after " + read + " bytes");
            }
            read += n;
        }
        return new String(buffer, StandardCharsets.US_ASCII);
    }

    /** Echo round trip of a few bytes. */
    public byte[] echo(byte[] data) throws IOException {
        socket.getOutputStream().write(data);
        byte[] back = new byte[data.length];
        int read = 0;
        while (read < data.length) {
            int n = socket.getInputStream().read(back, read, data.length - read);
            if (n < 0) {
                throw new IOException("closed");
            }
            read += n;
        }
        return back;
    }

    /** Blocks until the connection ends; returns how: "eof" or the exception text. */
    public String awaitEnd() {
        try {
            int n = socket.getInputStream().read();
            return n < 0 ? "eof" : "data";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
