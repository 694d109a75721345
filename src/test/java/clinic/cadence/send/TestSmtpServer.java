package clinic.cadence.send;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (SubEthaSMTP) on the loopback address, whose answers a test chooses: refuse a
 * recipient, defer it, hold a message's data, require STARTTLS and a login. Records what it
 * accepted and when, on its own clock.
 */
final class TestSmtpServer implements AutoCloseable {

    /** A message the server accepted: when MAIL FROM arrived (server clock, nanoseconds), and the data. */
    record Received(String from, List<String> to, byte[] data, long mailFromNanos) {
        String text() {
            return new String(data, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** What the server answers; the default accepts everything. */
    interface Script {
        /** Called for each RCPT TO; throw to refuse or defer. */
        default void recipient(String recipient) throws RejectException {
        }

        /** Called when the data has arrived, before it is accepted; throw to refuse it. */
        default void data(String recipient, byte[] data) throws RejectException {
        }
    }

    static final String USER = "desk@clinic.example";

    private final SMTPServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /**
     * @param tls null for a server without STARTTLS; else STARTTLS with this context, required
     * @param password null for a server without login; else the one password it takes for {@link #USER}
     */
    TestSmtpServer(SSLContext tls, String password, Script script) {
        this(tls, false, password, script);
    }

    /** @param implicitTls TLS from the first byte (smtp.security = ssl) rather than STARTTLS */
    TestSmtpServer(SSLContext tls, boolean implicitTls, String password, Script script) {
        SMTPServer.Builder builder = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost").messageHandlerFactory(context -> new Handler(script));
        if (tls != null && implicitTls) {
            // Its stop() otherwise waits out the idle timeout of the TLS connection the client closed.
            builder.serverSocketFactory(tls).connectionTimeoutMs(1000);
        } else if (tls != null) {
            builder.requireTLS().startTlsSocketFactory(tls);
        }
        if (password != null) {
            builder.requireAuth().authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
                    (String user, String pass, MessageContext context) -> {
                        if (!USER.equals(user) || !password.equals(pass)) {
                            throw new LoginFailedException();
                        }
                    }));
        }
        server = builder.build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Handler implements MessageHandler {
        private final Script script;
        private String from;
        private long fromNanos;
        private final List<String> to = new ArrayList<>();

        Handler(Script script) {
            this.script = script;
        }

        @Override
        public void from(String address) {
            from = address;
            fromNanos = System.nanoTime();
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            script.recipient(recipient);
            to.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] bytes = data.readAllBytes();
            script.data(to.get(0), bytes);
            received.add(new Received(from, List.copyOf(to), bytes, fromNanos));
            return null;
        }

        @Override
        public void done() {
        }
    }
}
