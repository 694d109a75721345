package clinic.cadence.send;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The lines {@code cadence send} prints for people, in one place so their wording stays consistent. */
final class SendLines {
    private SendLines() {
    }

    /** A dry run's line for one message. */
    static String decision(Decisions.Decision d) {
        String verb = switch (d.action()) {
            case SEND -> "would send";
            case SENT_BEFORE -> "already sent";
            case REFUSED_BEFORE -> "refused";
            case UNKNOWN -> "unknown";
            case UNSENDABLE -> "cannot send";
            case DUPLICATE -> "duplicate";
        };
        return verb + ": " + about(d.item()) + ": " + d.why();
    }

    private static String about(Outbox.Item item) {
        String to = item.to().isEmpty() ? "" : " to " + item.toText();
        String client = item.clientId().isEmpty() ? "" : " (client " + item.clientId() + ")";
        return item.fileName() + to + client;
    }

    /** The problem lines, the summary line and whether every message of the outbox is sent. */
    record Report(List<String> problems, String summary, boolean allSent) {
    }

    static Report report(List<Decisions.Decision> decisions, Delivery.Result result, Path outbox) {
        List<String> problems = new ArrayList<>();
        int before = 0;
        int refused = result.refused.size();
        int unknown = result.unknown.size();
        int cannot = 0;
        for (Decisions.Decision d : decisions) {
            switch (d.action()) {
                case SENT_BEFORE -> before++;
                case REFUSED_BEFORE -> {
                    refused++;
                    problems.add("refused: " + about(d.item()) + ": " + d.why());
                }
                case UNKNOWN -> {
                    unknown++;
                    problems.add("unknown: " + about(d.item()) + ": " + d.why());
                }
                case UNSENDABLE -> {
                    cannot++;
                    problems.add("cannot send: " + about(d.item()) + ": " + d.why());
                }
                default -> {
                    // sent now or a duplicate: nothing to say
                }
            }
        }
        result.refused.forEach(f -> problems.add("refused: " + about(f.item()) + ": the server said " + f.reply()));
        result.unknown.forEach(f -> problems.add("unknown: " + about(f.item()) + ": the connection failed before the "
                + "server answered (" + f.reply() + "): it may have arrived; ask the client, then send again with "
                + "--resend-unknown if it did not"));
        result.deferred.forEach(f -> problems.add("not sent yet: " + about(f.item()) + ": the server said try later ("
                + f.reply() + "); the next cadence send tries again"));
        result.unreadable.forEach(f -> problems.add("cannot send: " + about(f.item()) + ": " + f.reply()));
        cannot += result.unreadable.size();
        int notTried = result.notTried.size();
        if (notTried > 0) {
            String why = result.heldBecause != null ? result.heldBecause : "the connection was lost";
            problems.add("not sent yet: " + notTried + (notTried == 1 ? " message" : " messages") + ", because " + why
                    + "; the next cadence send sends " + (notTried == 1 ? "it" : "them"));
        }
        int messages = decisions.size();
        int later = result.deferred.size() + notTried;
        String summary = messages + (messages == 1 ? " message" : " messages") + " in " + outbox + ": " + result.sent
                + " sent now, " + before + " sent before, " + refused + " refused, " + unknown + " unknown, " + later
                + " not sent yet" + (cannot > 0 ? ", " + cannot + " cannot be sent" : "") + ".";
        boolean allSent = refused + unknown + later + cannot == 0;
        return new Report(List.copyOf(problems), summary, allSent);
    }

    /** sent.csv rows for the outbox's messages the ledger does not have: not tried, or not sendable. */
    static List<SentReport.Row> notInLedger(List<Decisions.Decision> decisions, Delivery.Result result,
            Set<String> inLedger) {
        Set<Outbox.Item> notTried = new HashSet<>(result.notTried);
        List<SentReport.Row> rows = new ArrayList<>();
        for (Decisions.Decision d : decisions) {
            Outbox.Item item = d.item();
            if (d.action() == Decisions.Action.UNSENDABLE) {
                rows.add(new SentReport.Row(item.clientId(), item.toText(), item.fileName(), "cannot be sent", null,
                        d.why(), item.messageId()));
            } else if (notTried.contains(item) && !inLedger.contains(item.messageId())) {
                String why = result.heldBecause != null ? result.heldBecause : "the connection was lost";
                rows.add(new SentReport.Row(item.clientId(), item.toText(), item.fileName(), "not sent yet", null,
                        why + "; the next cadence send sends it", item.messageId()));
            }
        }
        return rows;
    }
}
