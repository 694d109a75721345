package clinic.cadence.send;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a send does with each message of the outbox, and why, from the ledger alone: no
 * connection needed, so {@code --dry-run} shows exactly what a send would do.
 */
final class Decisions {

    /** What happens to one message. */
    enum Action {
        /** Handed to the server now. */
        SEND,
        /** The server accepted it before: never sent again. */
        SENT_BEFORE,
        /** Refused for good (5xx) before, to the same address: listed, not sent again. */
        REFUSED_BEFORE,
        /** Attempted before without a recorded answer: listed, sent again only with --resend-unknown. */
        UNKNOWN,
        /** The file cannot be sent (no Message-ID, no recipient, unreadable). */
        UNSENDABLE,
        /** Another file of the outbox has the same Message-ID: that one is the message. */
        DUPLICATE
    }

    /** A message, what happens to it and why. */
    record Decision(Outbox.Item item, Action action, String why) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Decisions() {
    }

    static List<Decision> decide(List<Outbox.Item> outbox, Ledger ledger, boolean resendUnknown, ZoneId zone) {
        Map<String, Ledger.Entry> latest = ledger.latest();
        Map<String, Ledger.Entry> lastAcceptedByClient = new HashMap<>();
        for (Ledger.Entry e : ledger.entries()) {
            if (e.step() == Ledger.Step.ACCEPTED && !e.clientId().isEmpty()) {
                lastAcceptedByClient.put(e.clientId(), e);
            }
        }
        Set<String> seen = new HashSet<>();
        List<Decision> decisions = new ArrayList<>();
        for (Outbox.Item item : outbox) {
            if (item.problem() != null) {
                decisions.add(new Decision(item, Action.UNSENDABLE, item.problem()));
            } else if (!seen.add(item.messageId())) {
                decisions.add(new Decision(item, Action.DUPLICATE, "same Message-ID as another file of the outbox,"
                        + " which is the one sent"));
            } else {
                decisions.add(decide(item, latest.get(item.messageId()), lastAcceptedByClient, resendUnknown, zone));
            }
        }
        return decisions;
    }

    private static Decision decide(Outbox.Item item, Ledger.Entry last, Map<String, Ledger.Entry> acceptedByClient,
            boolean resendUnknown, ZoneId zone) {
        if (last == null) {
            Ledger.Entry earlier = acceptedByClient.get(item.clientId());
            return new Decision(item, Action.SEND, earlier == null ? "not sent before"
                    : "a new plan: the client's plan changed since the e-mail sent " + when(earlier, zone));
        }
        return switch (last.step()) {
            case ACCEPTED -> new Decision(item, Action.SENT_BEFORE, "sent " + when(last, zone));
            case DEFERRED -> new Decision(item, Action.SEND, "trying again: on " + when(last, zone)
                    + " the server said try later (" + last.reply() + ")");
            case REFUSED -> last.to().equals(item.toText())
                    ? new Decision(item, Action.REFUSED_BEFORE, "refused " + when(last, zone) + ": " + last.reply())
                    : new Decision(item, Action.SEND, "the address changed since it was refused " + when(last, zone));
            case ATTEMPTING -> resendUnknown
                    ? new Decision(item, Action.SEND, "sending again (--resend-unknown): the attempt of "
                            + when(last, zone) + " has no recorded answer")
                    : new Decision(item, Action.UNKNOWN, "handed to the server " + when(last, zone)
                            + " but no answer was recorded (the send was stopped): it may have arrived; ask the "
                            + "client, then send again with --resend-unknown if it did not");
        };
    }

    private static String when(Ledger.Entry e, ZoneId zone) {
        return WHEN.format(e.when().atZone(zone));
    }
}
