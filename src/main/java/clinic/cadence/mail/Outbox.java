package clinic.cadence.mail;

import clinic.cadence.UnusableInputException;
import clinic.cadence.client.Client;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import clinic.cadence.rules.Settings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;

/**
 * The emails of the outbox: one ready-to-send RFC 5322 message per client, from the clinic's
 * {@code mail.from}, with the plan PDF and the suggested sessions as a calendar file attached.
 * The same plan gives the same bytes; nothing from the roster can add a header. Thread-safe:
 * the PDF workers write emails as their plans come out.
 */
public final class Outbox {
    /** The calendar attachment's name, the same in every email. */
    static final String CALENDAR_FILE = "sessions.ics";
    private static final int MAX_FILE_STEM = 60;

    private final InternetAddress from;
    private final String fromDomain;
    private final String clinicName;
    private final List<String> contactLines;
    private final MailTemplates templates;
    private final String toolVersion;
    /** The client's plan language, as the plan itself resolves it (tags and names like "Español"). */
    private final java.util.function.Function<Client, Locale> planLanguage;

    private Outbox(InternetAddress from, String clinicName, List<String> contactLines, MailTemplates templates,
            String toolVersion, java.util.function.Function<Client, Locale> planLanguage) {
        this.planLanguage = planLanguage;
        this.from = from;
        String address = from.getAddress();
        this.fromDomain = address.substring(address.lastIndexOf('@') + 1);
        this.clinicName = clinicName;
        this.contactLines = contactLines;
        this.templates = templates;
        this.toolVersion = toolVersion;
    }

    /**
     * The outbox of the clinic's settings, its templates checked in every language; empty settings'
     * {@code mail.from} gives none.
     *
     * @param templates the clinic's templates folder, or null for the built-in ones
     * @param planLanguage each client's plan language, resolved as for the plan PDF
     * @throws UnusableInputException for a mail.from or an email template that cannot be used
     */
    public static java.util.Optional<Outbox> load(Settings settings, Path templates, String toolVersion,
            java.util.function.Function<Client, Locale> planLanguage) {
        if (settings.mailFrom().isEmpty()) {
            return java.util.Optional.empty();
        }
        Outbox outbox = new Outbox(fromAddress(settings), HeaderText.clean(settings.clinicName()),
                settings.contactLines(), MailTemplates.load(templates), toolVersion, planLanguage);
        for (String language : PlanLanguage.SUPPORTED) {
            outbox.wording(Locale.forLanguageTag(language), true, LocalDate.of(2026, 1, 5), "Ann", 2, "plan.pdf");
        }
        return java.util.Optional.of(outbox);
    }

    private static InternetAddress fromAddress(Settings settings) {
        String text = settings.mailFrom();
        try {
            InternetAddress parsed = new InternetAddress(HeaderText.clean(text), true);
            String address = parsed.getAddress();
            int at = address.lastIndexOf('@');
            String ascii = address.substring(0, at) + "@" + IDN.toASCII(address.substring(at + 1));
            String personal = parsed.getPersonal() == null ? HeaderText.clean(settings.clinicName()) : parsed.getPersonal();
            InternetAddress from = new InternetAddress(ascii, true);
            from.setPersonal(HeaderText.clean(personal), "UTF-8");
            return from;
        } catch (AddressException | IllegalArgumentException | UnsupportedEncodingException e) {
            throw new UnusableInputException(settings.source() + ": mail.from = '" + text
                    + "': expected the clinic's email address, e.g. front.desk@clinic.example");
        }
    }

    /**
     * The client's plan language when the emails have no wording for it (it is written in English
     * then, and the run says so); empty when there is wording, or the roster names no language.
     */
    public java.util.Optional<String> unsupportedLanguage(Client client) {
        Locale plan = planLanguage.apply(client);
        return PlanLanguage.isSupported(plan.toLanguageTag()) ? java.util.Optional.empty()
                : java.util.Optional.of(plan.toLanguageTag());
    }

    /** Whether and where the client can be emailed. */
    public Recipient recipient(Client client) {
        return Recipient.of(client);
    }

    /**
     * The email's bytes.
     *
     * @param isNew  the client had no plan in the earlier run (the wording says "your plan", not "updated")
     * @param pdf    the plan PDF, attached as it is
     */
    public byte[] email(Plan plan, Recipient.Usable to, boolean isNew, byte[] pdf) {
        Client client = plan.client();
        Locale language = PlanLanguage.of(planLanguage.apply(client).toLanguageTag());
        String attachment = attachmentName(client);
        Wording words = wording(language, isNew, plan.asOf(), firstName(client), plan.sessions().size(), attachment);
        List<LocalDate> dates = plan.sessions().stream().map(Session::date).toList();
        byte[] calendar = CalendarFile.of(clientToken(client.id()), fromDomain, plan.asOf(), dates, words.event(),
                from.getPersonal() == null ? "" : from.getPersonal(), from.getAddress(), toolVersion);
        return new EmailMessage(from, to.address(), HeaderText.clean(client.id()), words.subject(), words.body(),
                plan.asOf(), fromDomain).write(new EmailMessage.Attachment(attachment, "application/pdf", pdf),
                new EmailMessage.Attachment(CALENDAR_FILE, "text/calendar; charset=UTF-8; method=PUBLISH", calendar));
    }

    /**
     * The email's file name in outbox/: the client id where it is plain ASCII letters, digits, dot,
     * dash or underscore, else those with the rest as {@code _} and a short hash of the id (so two
     * ids never share a file, on a case-insensitive disk too).
     */
    public static String fileName(String clientId) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < clientId.length() && safe.length() < MAX_FILE_STEM; i++) {
            char c = clientId.charAt(i);
            safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '_');
        }
        String stem = safe.toString();
        boolean plain = stem.equals(clientId) && !stem.isEmpty() && !stem.startsWith(".")
                && stem.equals(stem.toLowerCase(Locale.ROOT));
        return (plain ? stem : stem + "-" + clientToken(clientId).substring(0, 8)) + ".eml";
    }

    record Wording(String subject, String body, String event) {
    }

    private Wording wording(Locale language, boolean isNew, LocalDate asOf, String firstName, int sessions,
            String planFile) {
        Map<String, Object> model = new HashMap<>();
        model.put("isNew", isNew);
        model.put("firstName", firstName);
        model.put("clinicName", clinicName);
        model.put("contactLines", contactLines);
        model.put("planDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(asOf));
        model.put("planFile", planFile);
        model.put("calendarFile", CALENDAR_FILE);
        model.put("sessionCount", sessions);
        String subject = HeaderText.clean(templates.render(MailTemplates.SUBJECT, language, model));
        String event = HeaderText.clean(templates.render(MailTemplates.EVENT, language, model));
        String body = templates.render(MailTemplates.BODY, language, model).strip() + "\n";
        return new Wording(subject, body, event);
    }

    /** How the email greets the client: the first name, or the name as given. */
    private static String firstName(Client client) {
        String first = client.firstName().isEmpty() ? client.displayName() : client.firstName();
        return first.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /**
     * The PDF's name in the email, in ASCII (mail programs mangle others): the client's name with
     * accents dropped, e.g. {@code Zoe_Hartley-plan.pdf}; {@code plan.pdf} when nothing is left.
     */
    static String attachmentName(Client client) {
        String ascii = Normalizer.normalize(client.displayName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (ascii.length() > MAX_FILE_STEM) {
            ascii = ascii.substring(0, MAX_FILE_STEM);
        }
        return ascii.isEmpty() ? "plan.pdf" : ascii + "-plan.pdf";
    }

    /** Stands for the client where an id must not show (UIDs, file names): hex of its SHA-256. */
    static String clientToken(String clientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
