package clinic.cadence.send;

import clinic.cadence.rules.SmtpSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * Hands the messages to the server one by one, at most once each: the ledger's "attempting" line
 * is on disk before a message goes, its answer after. Keeps to the rate and the daily cap, and
 * tries a message the server defers (4xx) again after a wait that doubles.
 */
final class Delivery {

    /** What became of the messages this send handed over (or meant to). */
    static final class Result {
        int sent;
        final List<Failure> deferred = new ArrayList<>();
        final List<Failure> refused = new ArrayList<>();
        final List<Failure> unknown = new ArrayList<>();
        /** Files that could no longer be read when their turn came (a new run replaced the out folder). */
        final List<Failure> unreadable = new ArrayList<>();
        /** Held back by the daily cap, or not tried because the connection was lost. */
        final List<Outbox.Item> notTried = new ArrayList<>();
        String heldBecause;
        String connectionLost;

        int failed() {
            return deferred.size() + refused.size() + unknown.size() + unreadable.size();
        }
    }

    /** A message and the server's reply (or what went wrong). */
    record Failure(Outbox.Item item, String reply) {
    }

    private static final Duration DAY = Duration.ofHours(24);
    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SmtpSettings settings;
    private final Ledger ledger;
    private final Mailer mailer;
    private final SendProgress progress;
    private final long gapMillis;
    private Instant nextAllowed;

    Delivery(SmtpSettings settings, Ledger ledger, Mailer mailer, SendProgress progress) {
        this.settings = settings;
        this.ledger = ledger;
        this.mailer = mailer;
        this.progress = progress;
        this.gapMillis = (60_000L + settings.messagesPerMinute() - 1) / settings.messagesPerMinute();
        // The rate holds across sends too: a send started right after another waits its turn.
        Instant last = ledger.lastAttempt();
        this.nextAllowed = last == null ? Instant.EPOCH : last.plusMillis(gapMillis);
    }

    /** Sends {@code items} (already decided to go); the ledger records every step. */
    Result send(List<Outbox.Item> items) throws IOException, InterruptedException {
        Result result = new Result();
        List<Outbox.Item> round = items;
        int done = 0;
        for (int retry = 0; ; retry++) {
            List<Outbox.Item> again = new ArrayList<>();
            for (int i = 0; i < round.size(); i++) {
                Outbox.Item item = round.get(i);
                if (!room(result) || !connected(result)) {
                    result.notTried.addAll(round.subList(i, round.size()));
                    return deferred(result, again);
                }
                SMTPMessage message;
                try {
                    message = mailer.prepare(item);
                } catch (IOException e) {
                    result.unreadable.add(new Failure(item, e.getMessage()));
                    progress.step(++done, result.sent, result.failed());
                    continue;
                }
                Mailer.Outcome outcome = deliver(item, message);
                switch (outcome.answer()) {
                    case ACCEPTED -> result.sent++;
                    case DEFERRED -> again.add(item);
                    case REFUSED -> result.refused.add(new Failure(item, outcome.reply()));
                    case UNKNOWN -> result.unknown.add(new Failure(item, outcome.reply()));
                }
                if (outcome.answer() != Mailer.Answer.DEFERRED || retry == settings.retries()) {
                    done++;
                }
                progress.step(done, result.sent, result.failed());
            }
            if (again.isEmpty() || retry == settings.retries()) {
                return deferred(result, again);
            }
            long wait = settings.retryAfterSeconds() * (1L << retry);
            progress.note(again.size() + " deferred by the server: trying again in " + wait + " s");
            Thread.sleep(wait * 1000);
            round = again;
        }
    }

    /** Ends the send with {@code items} still deferred, each with the server's last reply. */
    private Result deferred(Result result, List<Outbox.Item> items) {
        Map<String, Ledger.Entry> latest = ledger.latest();
        for (Outbox.Item item : items) {
            result.deferred.add(new Failure(item, latest.get(item.messageId()).reply()));
        }
        return result;
    }

    private Mailer.Outcome deliver(Outbox.Item item, SMTPMessage message) throws IOException, InterruptedException {
        // Waits before the ledger's line, not after: a send stopped while it waits leaves nothing "unknown".
        pace();
        ledger.record(entry(item, Ledger.Step.ATTEMPTING, ""));
        // The next one is timed from the hand-over itself, after the disk write: closest to the server's clock.
        nextAllowed = Instant.now().plusMillis(gapMillis);
        Mailer.Outcome outcome = mailer.send(message);
        switch (outcome.answer()) {
            case ACCEPTED -> ledger.record(entry(item, Ledger.Step.ACCEPTED, ""));
            case DEFERRED -> ledger.record(entry(item, Ledger.Step.DEFERRED, outcome.reply()));
            case REFUSED -> ledger.record(entry(item, Ledger.Step.REFUSED, outcome.reply()));
            // Nothing recorded: the last line stays "attempting", which is what unknown means.
            case UNKNOWN -> { }
        }
        return outcome;
    }

    private static Ledger.Entry entry(Outbox.Item item, Ledger.Step step, String reply) {
        return new Ledger.Entry(Instant.now(), item.messageId(), item.clientId(), item.toText(), item.fileName(), step,
                reply);
    }

    /** Waits until the rate allows the next message. */
    private void pace() throws InterruptedException {
        long millis = Duration.between(Instant.now(), nextAllowed).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Whether the daily cap leaves room for one more message; says why not, once. */
    private boolean room(Result result) {
        Instant now = Instant.now();
        if (ledger.attemptsSince(now.minus(DAY)) < settings.messagesPerDay()) {
            return true;
        }
        Instant again = ledger.roomAgainAt(now.minus(DAY), settings.messagesPerDay(), DAY);
        result.heldBecause = "the daily cap of " + settings.messagesPerDay() + " messages (smtp.messages_per_day) "
                + "is reached until " + UNTIL.format(again.atZone(java.time.ZoneId.systemDefault()));
        return false;
    }

    /** Connects again if the connection was lost; false (and why) if that fails. */
    private boolean connected(Result result) {
        if (mailer.isConnected()) {
            return true;
        }
        try {
            mailer.close();
            mailer.connect();
            return true;
        } catch (Mailer.ConnectException e) {
            result.connectionLost = e.getMessage();
            return false;
        }
    }
}
