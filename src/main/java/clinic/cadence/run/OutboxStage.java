package clinic.cadence.run;

import clinic.cadence.client.Client;
import clinic.cadence.mail.Outbox;
import clinic.cadence.mail.Recipient;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code outbox/}: an email per client whose plan is new or changed (every planned client with
 * {@code --email all}), written by the PDF workers as each plan's PDF comes out; and
 * {@code hand-over.csv}: the clients among them who get no email (no usable address, or they
 * asked not to be emailed), for the front desk to print or hand the plan over.
 */
final class OutboxStage implements RunWriter, PdfStage.Rendered, ManifestSection {
    static final String FOLDER = "outbox";
    static final String HAND_OVER = "hand-over.csv";

    private final Outbox outbox;
    private final Path folder;
    private final boolean everyone;
    private final String note;
    private final CsvOut handOver;
    private final AtomicInteger written = new AtomicInteger();
    private int emails;
    private int handedOver;
    private int inEnglish;
    /** Languages without email wording, up to six: five are named, a sixth means "and others". */
    private final java.util.Set<String> unsupported = new java.util.TreeSet<>();

    /**
     * @param outbox   null when the settings give no mail.from, or without PDFs
     * @param note     why there is no outbox, said once; null when there is one
     * @param everyone --email all: every planned client, not only the new and changed
     */
    OutboxStage(Outbox outbox, String note, Path staging, boolean everyone) {
        this.outbox = outbox;
        this.note = note;
        this.everyone = everyone;
        this.folder = staging.resolve(FOLDER);
        if (outbox == null) {
            handOver = null;
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handOver = new CsvOut(staging.resolve(HAND_OVER), "client_id", "name", "location", "therapist", "change",
                "why", "plan_file");
    }

    private boolean wanted(PlannedClient planned) {
        return outbox != null && planned.planFile() != null && (everyone || planned.change().needsPlan());
    }

    /** Counts on the reading thread, in roster order, so hand-over.csv is in roster order too. */
    @Override
    public void plan(PlannedClient planned) {
        if (!wanted(planned)) {
            return;
        }
        Client c = planned.plan().client();
        if (outbox.recipient(c) instanceof Recipient.HandOver h) {
            handOver.row(c.id(), c.displayName(), c.location(), c.therapist(), planned.change().kind().label(), h.why(),
                    planned.planFile());
            handedOver++;
        } else {
            emails++;
            outbox.unsupportedLanguage(c).ifPresent(tag -> {
                inEnglish++;
                if (unsupported.size() < 6) {
                    unsupported.add(tag);
                }
            });
        }
    }

    /** On a PDF worker: the same decision as {@link #plan}, made from the same client. */
    @Override
    public void rendered(PlannedClient planned, byte[] pdf) {
        if (!wanted(planned)) {
            return;
        }
        Client c = planned.plan().client();
        if (outbox.recipient(c) instanceof Recipient.Usable to) {
            byte[] email = outbox.email(planned.plan(), to, planned.change().kind() == clinic.cadence.changes.ChangeKind.NEW, pdf);
            try {
                Files.write(folder.resolve(Outbox.fileName(c.id())), email);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.incrementAndGet();
        }
    }

    @Override
    public void finish(RunTotals totals) {
        close();
    }

    @Override
    public void close() {
        if (handOver != null) {
            handOver.close();
        }
    }

    /** "Outbox: 7 emails in out/outbox; 2 plans to hand over, listed in out/hand-over.csv." */
    String sentence(Path out) {
        if (outbox == null) {
            return note == null ? "" : "No outbox: " + note + ".";
        }
        String hand = handedOver == 0 ? "nobody to hand a plan over to"
                : handedOver + (handedOver == 1 ? " plan" : " plans") + " to hand over (no usable email address, "
                        + "or asked not to be emailed), listed in " + out.resolve(HAND_OVER);
        String english = inEnglish == 0 ? "" : " " + inEnglish + (inEnglish == 1 ? " email is" : " emails are")
                + " in English: there is no email wording for " + String.join(", ", unsupported.stream().limit(5).toList())
                + (unsupported.size() > 5 ? " and others" : "")
                + " in templates/.";
        return "Outbox: " + emails + (emails == 1 ? " email" : " emails") + " in " + out.resolve(FOLDER) + "; " + hand
                + "." + english;
    }

    @Override
    public void write(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("outbox");
        json.writeBooleanField("written", outbox != null);
        json.writeStringField("scope", everyone ? "all" : "new and changed");
        json.writeNumberField("emails", outbox == null ? 0 : emails);
        json.writeNumberField("hand_over", handedOver);
        json.writeNumberField("in_english_for_want_of_wording", inEnglish);
        if (note != null) {
            json.writeStringField("note", note);
        }
        json.writeEndObject();
    }
}
