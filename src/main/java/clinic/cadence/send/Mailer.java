package clinic.cadence.send;

import clinic.cadence.rules.SmtpSettings;
import clinic.cadence.rules.SmtpSettings.Security;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * One connection to the clinic's mail server through Jakarta Mail (Eclipse Angus), configured so
 * that nothing waits for ever and nothing goes out unencrypted unless the server is this computer.
 */
final class Mailer implements AutoCloseable {

    /** The server's answer to one message, with its reply (or what went wrong) when not accepted. */
    record Outcome(Answer answer, String reply) {
    }

    /** What the server's answer means for the message. */
    enum Answer {
        /** 250 after the data: the server has it. */
        ACCEPTED,
        /** A 4xx reply: not taken now, may be tried again later. */
        DEFERRED,
        /** A 5xx reply: refused for good (e.g. no such mailbox). */
        REFUSED,
        /** The connection failed mid-way: the message may or may not have arrived. */
        UNKNOWN
    }

    /** Cannot connect, negotiate TLS or log in: one line saying which, for the staff. */
    static final class ConnectException extends Exception {
        ConnectException(String oneLine, Throwable cause) {
            super(oneLine, cause);
        }
    }

    private final SmtpSettings settings;
    private final String password;
    private final Session session;
    private final String protocol;
    private SMTPTransport transport;

    /**
     * @param password null when {@code smtp.username} is empty
     * @param tlsSockets the sockets TLS is made with; null for Java's own (and its trusted
     *     certificate authorities). Tests pass one that trusts their test certificate.
     */
    Mailer(SmtpSettings settings, String password, SSLSocketFactory tlsSockets) {
        this.settings = settings;
        this.password = password;
        this.protocol = settings.security() == Security.SSL ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings, protocol, tlsSockets));
        // The protocol trace would show the login exchange: never on, whatever the JVM's properties say.
        this.session.setDebug(false);
    }

    private static Properties properties(SmtpSettings s, String protocol, SSLSocketFactory tlsSockets) {
        Properties p = new Properties();
        p.setProperty("mail.debug.auth", "false");
        String m = "mail." + protocol + ".";
        String millis = Integer.toString(s.timeoutSeconds() * 1000);
        // Angus waits for ever by default.
        p.setProperty(m + "connectiontimeout", millis);
        p.setProperty(m + "timeout", millis);
        p.setProperty(m + "writetimeout", millis);
        p.setProperty(m + "auth", Boolean.toString(!s.username().isEmpty()));
        // Angus would otherwise fall back to plain text when STARTTLS is missing, or not ask for it.
        p.setProperty(m + "starttls.enable", Boolean.toString(s.security() == Security.STARTTLS));
        p.setProperty(m + "starttls.required", Boolean.toString(s.security() == Security.STARTTLS));
        p.setProperty(m + "ssl.checkserveridentity", "true");
        if (tlsSockets != null && s.security() != Security.NONE) {
            p.put(m + "ssl.socketFactory", tlsSockets);
        }
        return p;
    }

    /** Connects, negotiates TLS and logs in. */
    void connect() throws ConnectException {
        String where = settings.host() + ":" + settings.portInUse();
        try {
            if (settings.security() == Security.NONE && !InetAddress.getByName(settings.host()).isLoopbackAddress()) {
                throw new ConnectException(settings.host() + " is not this computer, and smtp.security = none would "
                        + "send unencrypted: use starttls or ssl", null);
            }
        } catch (UnknownHostException e) {
            throw new ConnectException("cannot connect to " + where + ": no such host", e);
        }
        try {
            transport = (SMTPTransport) session.getTransport(protocol);
            transport.connect(settings.host(), settings.portInUse(),
                    settings.username().isEmpty() ? null : settings.username(), password);
        } catch (AuthenticationFailedException e) {
            throw new ConnectException("cannot log in to " + where + " as " + settings.username()
                    + ": the server said " + reply(e) + " (check smtp.username and the password; Gmail and "
                    + "Microsoft 365 may need an app password)", e);
        } catch (MessagingException e) {
            throw new ConnectException(connectProblem(where, e), e);
        }
    }

    private String connectProblem(String where, MessagingException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("STARTTLS is required")) {
            return where + " does not offer STARTTLS, so Cadence will not send over it: the clinic's mail and "
                    + "password would go unencrypted (smtp.security = starttls; ask the provider for its TLS port)";
        }
        Throwable cause = rootCause(e);
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            String why = find(e, java.security.cert.CertificateException.class) != null
                    || find(e, java.security.cert.CertPathValidatorException.class) != null
                    ? "its certificate is not one Java trusts, or not for this host name"
                    : oneLine(tls.getMessage());
            return "cannot set up TLS with " + where + " (smtp.security = " + settings.security().word() + "): "
                    + why + " (" + oneLine(cause.getMessage()) + ")";
        }
        if (e instanceof MailConnectException || cause instanceof IOException) {
            return "cannot connect to " + where + ": " + oneLine(cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return "cannot connect to " + where + ": the server said " + reply(e);
    }

    boolean isConnected() {
        return transport != null && transport.isConnected();
    }

    /** Whether the connection is encrypted (STARTTLS or SSL). */
    boolean isEncrypted() {
        return transport != null && transport.isSSL();
    }

    /**
     * The message of {@code item} as stored, ready to go: without the draft header, from its file's
     * From as envelope sender. Read before the ledger's "attempting" line, so that a file that
     * cannot be read is never recorded as handed over.
     */
    SMTPMessage prepare(Outbox.Item item) throws IOException {
        try {
            SMTPMessage message = Outbox.load(session, item.file());
            message.removeHeader(Outbox.DRAFT_HEADER);
            message.setEnvelopeFrom(item.from().getAddress());
            return message;
        } catch (MessagingException e) {
            throw new IOException(item.file() + ": cannot be read again: " + e.getMessage(), e);
        }
    }

    /** Hands the message to the server, to its recipients, and says what the server answered. */
    Outcome send(SMTPMessage message) {
        try {
            // Not Transport.send: that calls saveChanges(), which makes a new Message-ID.
            transport.sendMessage(message, message.getAllRecipients());
            return new Outcome(Answer.ACCEPTED, "");
        } catch (IllegalStateException e) {
            return new Outcome(Answer.UNKNOWN, "the connection was closed");
        } catch (MessagingException e) {
            MessagingException replied = serverReply(e);
            int code = replied instanceof SMTPAddressFailedException a ? a.getReturnCode()
                    : replied instanceof SMTPSendFailedException f ? f.getReturnCode() : 0;
            String reply = replied == null ? "" : oneLine(replied.getMessage());
            if (code >= 400 && code < 500) {
                return new Outcome(Answer.DEFERRED, reply);
            }
            if (code >= 500 && code < 600) {
                return new Outcome(Answer.REFUSED, reply);
            }
            return new Outcome(Answer.UNKNOWN, oneLine(rootCause(e).toString()));
        }
    }

    /** The part of a failure that is the server's reply, or null if it was not one (a lost connection). */
    private static MessagingException serverReply(MessagingException e) {
        for (Exception next = e; next != null;
                next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException || next instanceof SMTPSendFailedException) {
                return (MessagingException) next;
            }
        }
        return null;
    }

    private static String reply(MessagingException e) {
        return e.getMessage() == null ? "no reason" : "'" + oneLine(e.getMessage()) + "'";
    }

    /** The first exception of type {@code type} in the chain of causes, or null. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (true) {
            Throwable next = root instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : root.getCause();
            if (next == null || next == root) {
                return root;
            }
            root = next;
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is going anyway
            }
        }
    }
}
