package adengine.persistence.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One command to the embedded Redis over a plain loopback socket, authenticated with its password:
 * for the server's own housekeeping (switching on the append-only file, the final save), which
 * happens before the program's Redis client exists or after it is gone.
 */
final class RedisCommandLine {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private RedisCommandLine() {
    }

    /**
     * Sends {@code command} and returns its reply: the line of a status or an error ({@code +OK},
     * {@code -ERR …}), the text of a bulk string ({@code INFO}), or empty when the server closed the
     * connection instead of answering, as a successful {@code SHUTDOWN} does. {@code timeout}
     * bounds the wait for each reply.
     */
    static Optional<String> call(int port, String password, Duration timeout, String... command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(encode(List.of("AUTH", password)));
            out.flush();
            String authenticated = in.readLine();
            if (!"+OK".equals(authenticated)) {
                throw new IOException("Redis refused the password: " + authenticated);
            }
            out.write(encode(List.of(command)));
            out.flush();
            String reply = in.readLine();
            return reply != null && reply.startsWith("$") ? Optional.of(bulkString(in, Integer.parseInt(reply.substring(1))))
                    : Optional.ofNullable(reply);
        }
    }

    /** The {@code length} characters of a bulk string (ASCII, as Redis's own reports are). */
    private static String bulkString(BufferedReader in, int length) throws IOException {
        char[] text = new char[Math.max(length, 0)];
        int read = 0;
        while (read < text.length) {
            int count = in.read(text, read, text.length - read);
            if (count < 0) {
                throw new IOException("Redis closed the connection in the middle of a reply");
            }
            read += count;
        }
        return new String(text);
    }

    /** The command as a RESP array of bulk strings. */
    private static byte[] encode(List<String> words) {
        StringBuilder resp = new StringBuilder("*").append(words.size()).append("\r\n");
        for (String word : words) {
            resp.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
        }
        return resp.toString().getBytes(StandardCharsets.UTF_8);
    }
}
