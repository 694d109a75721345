package clinic.cadence.rules;

import java.util.List;
import java.util.Locale;

/**
 * How {@code cadence send} reaches the clinic's mail server: the {@code smtp.*} settings. No
 * password: that never goes into a settings file.
 *
 * @param host the server's host name; empty until the clinic sets it
 * @param port 1 to 65535, or 0 for the security's usual port
 * @param username the login; empty for none
 */
public record SmtpSettings(String host, int port, Security security, String username, int messagesPerMinute,
        int messagesPerDay, int timeoutSeconds, int retryAfterSeconds, int retries) {

    /** How the connection to the server is encrypted. */
    public enum Security {
        /** Plain connection that must switch to TLS before anything is sent. */
        STARTTLS(587),
        /** TLS from the first byte ("SMTPS"). */
        SSL(465),
        /** No encryption: only for a server on this computer. */
        NONE(25);

        private final int usualPort;

        Security(int usualPort) {
            this.usualPort = usualPort;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The port to connect to: the one set, or the security's usual one. */
    public int portInUse() {
        return port == 0 ? security.usualPort : port;
    }

    /** True for a name or address that can only mean this computer (checked again when resolved). */
    public static boolean isThisComputer(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") && h.matches("127(\\.\\d{1,3}){3}")
                || h.equals("::1") || h.equals("[::1]");
    }

    /** The parameter names, in the order of the shipped settings file. */
    static final List<String> NAMES = List.of("smtp.host", "smtp.port", "smtp.security", "smtp.username",
            "smtp.messages_per_minute", "smtp.messages_per_day", "smtp.timeout_seconds", "smtp.retry_after_seconds",
            "smtp.retries");

    /** The {@code smtp.*} lines of {@code file} over {@code base} (null for the shipped file). */
    static SmtpSettings read(ParameterFile file, SmtpSettings base) {
        String host = base == null ? "" : base.host;
        int port = base == null ? 0 : base.port;
        Security security = base == null ? Security.STARTTLS : base.security;
        String username = base == null ? "" : base.username;
        int perMinute = base == null ? 0 : base.messagesPerMinute;
        int perDay = base == null ? 0 : base.messagesPerDay;
        int timeout = base == null ? 0 : base.timeoutSeconds;
        int retryAfter = base == null ? 0 : base.retryAfterSeconds;
        int retries = base == null ? 0 : base.retries;
        ParameterFile.Line securityLine = null;
        for (ParameterFile.Line line : file.lines()) {
            switch (line.name()) {
                case "smtp.host" -> host = hostName(file, line);
                case "smtp.port" -> port = port(file, line);
                case "smtp.security" -> {
                    security = security(file, line);
                    securityLine = line;
                }
                case "smtp.username" -> username = line.value();
                case "smtp.messages_per_minute" -> perMinute = file.wholeNumber(line, 1, 1000, "messages");
                case "smtp.messages_per_day" -> perDay = file.wholeNumber(line, 1, 100000, "messages");
                case "smtp.timeout_seconds" -> timeout = file.wholeNumber(line, 5, 600, "seconds");
                case "smtp.retry_after_seconds" -> retryAfter = file.wholeNumber(line, 1, 3600, "seconds");
                case "smtp.retries" -> retries = file.wholeNumber(line, 0, 10, "tries");
                default -> {
                    // not an smtp setting
                }
            }
        }
        if (security == Security.NONE && !host.isEmpty() && !isThisComputer(host)) {
            String where = securityLine == null ? "smtp.security" : "line " + securityLine.number();
            throw new clinic.cadence.UnusableInputException(file.fileName() + " " + where
                    + ": smtp.security = none sends the clinic's mail and password unencrypted, so it is allowed only"
                    + " for a server on this computer (smtp.host = localhost or 127.0.0.1), not '" + host
                    + "': use starttls or ssl");
        }
        return new SmtpSettings(host, port, security, username, perMinute, perDay, timeout, retryAfter, retries);
    }

    private static String hostName(ParameterFile file, ParameterFile.Line line) {
        String value = line.value();
        // Colons only as in an IPv6 address (::1): one colon means a port, which belongs in smtp.port.
        boolean port = value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':');
        if (!value.isEmpty() && (port || !value.matches("[A-Za-z0-9.:\\[\\]_-]+"))) {
            throw file.invalid(line, "a host name such as smtp.example.com, without spaces or a port");
        }
        return value;
    }

    /** Empty (the security's usual port) or 1 to 65535; wholeNumber stops at four digits. */
    private static int port(ParameterFile file, ParameterFile.Line line) {
        String value = line.value();
        if (value.isEmpty()) {
            return 0;
        }
        int port = value.length() <= 5 && value.chars().allMatch(Character::isDigit) ? Integer.parseInt(value) : 0;
        if (port < 1 || port > 65535) {
            throw file.invalid(line, "a port number from 1 to 65535, or nothing for the usual port");
        }
        return port;
    }

    private static Security security(ParameterFile file, ParameterFile.Line line) {
        for (Security s : Security.values()) {
            if (s.word().equalsIgnoreCase(line.value())) {
                return s;
            }
        }
        throw file.invalid(line, "starttls, ssl or none");
    }

    /** A setting's value as the settings file would write it, for the workbook's Rules sheet. */
    String valueOf(String name) {
        return switch (name) {
            case "smtp.host" -> host;
            case "smtp.port" -> port == 0 ? "" : Integer.toString(port);
            case "smtp.security" -> security.word();
            case "smtp.username" -> username;
            case "smtp.messages_per_minute" -> Integer.toString(messagesPerMinute);
            case "smtp.messages_per_day" -> Integer.toString(messagesPerDay);
            case "smtp.timeout_seconds" -> Integer.toString(timeoutSeconds);
            case "smtp.retry_after_seconds" -> Integer.toString(retryAfterSeconds);
            case "smtp.retries" -> Integer.toString(retries);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
