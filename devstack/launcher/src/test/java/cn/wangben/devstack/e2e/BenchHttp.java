package cn.wangben.devstack.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP/1.1: keep-alive connections on blocking sockets, requests written as prepared bytes. The
 * client shares the two cores with the platform it measures, and java.net.http's asynchronous machinery cost about
 * 0.4 ms of CPU per essay, a tenth of the whole platform's; this does the same exchange for a fraction of that. It
 * speaks only what the gateway answers: a status line, headers, a body by Content-Length or chunked.
 */
final class BenchHttp {
    /** One answer: its status and its body as text. */
    record Answer(int status, String body) {}

    private static final int BUFFER = 16 * 1024;
    private final InetSocketAddress address;
    private final String hostHeader;
    private final int timeoutMillis;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    BenchHttp(URI base, Duration timeout) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.hostHeader = base.getHost() + ":" + base.getPort();
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** A POST of a JSON body with a bearer token, ready to be sent as often as wanted. */
    byte[] post(String path, String bearer, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer " + bearer
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends on an idle connection or a new one; a connection that failed is closed, never reused. */
    Answer send(byte[] request) throws IOException {
        Connection c = idle.poll();
        if (c == null) {
            c = new Connection(address, timeoutMillis);
        }
        try {
            Answer answer = c.exchange(request);
            if (c.reusable) {
                idle.add(c);
            } else {
                c.close();
            }
            return answer;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            c.close();
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean reusable = true;

        Connection(InetSocketAddress address, int timeoutMillis) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), BUFFER);
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> reusable &= !value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            byte[] body;
            if (chunked) {
                body = chunks();
            } else if (length >= 0) {
                body = in.readNBytes(Math.toIntExact(length));
                if (body.length < length) {
                    throw new EOFException("body ended early");
                }
            } else {
                body = in.readAllBytes(); // no length: the body runs to the end of the connection
                reusable = false;
            }
            return new Answer(code, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int extension = size.indexOf(';');
                int n = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (n == 0) {
                    while (!line().isEmpty()) {
                        // trailers: none expected, read past them
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(n);
                if (chunk.length < n) {
                    throw new EOFException("chunk ended early");
                }
                body.write(chunk);
                line();
            }
        }

        /** One header line, without its CRLF; headers are ASCII. */
        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException("connection closed mid-answer");
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do with it
            }
        }
    }
}
