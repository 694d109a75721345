package clinic.cadence.roster;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import java.util.HashMap;
import java.util.Map;

/**
 * The words a roster may use for each enumerated value, matched like headers (case, spaces,
 * {@code _ - .} ignored), with the aliases of roster.md.
 *
 * @param <E> the value
 */
final class Vocabulary<E> {
    static final Vocabulary<Condition> CONDITIONS = new Vocabulary<Condition>(
            "acute, injury, flare, chronic or wellness")
            .with(Condition.values())
            .alias("new onset", Condition.ACUTE)
            .alias("recent injury", Condition.INJURY)
            .alias("flare-up", Condition.FLARE)
            .alias("chronic flare-up", Condition.FLARE)
            .alias("chronic or recurring", Condition.CHRONIC)
            .alias("recurring", Condition.CHRONIC)
            .alias("maintenance", Condition.WELLNESS)
            .alias("prevention", Condition.WELLNESS);
    static final Vocabulary<MassageType> MASSAGE_TYPES = new Vocabulary<MassageType>(
            "swedish, relaxation, hot_stone, sports, myofascial, therapeutic, deep_tissue, trigger_point or other "
                    + "(\"Sports Massage\" is sports)")
            .with(MassageType.values())
            .ignoring("massage", "massages", "therapy", "treatment")
            .alias("hot stones", MassageType.HOT_STONE)
            .alias("sport", MassageType.SPORTS)
            .alias("myofascial release", MassageType.MYOFASCIAL)
            .alias("trigger points", MassageType.TRIGGER_POINT);
    static final Vocabulary<Activity> ACTIVITIES = new Vocabulary<Activity>(
            "sedentary, moderate, strenuous or athlete (or desk job, physical job)")
            .with(Activity.values())
            .alias("desk job", Activity.SEDENTARY)
            .alias("physical job", Activity.STRENUOUS);
    static final Vocabulary<StressLevel> STRESS_LEVELS = new Vocabulary<StressLevel>("low, moderate or high")
            .with(StressLevel.values())
            .alias("medium", StressLevel.MODERATE);
    static final Vocabulary<Status> STATUSES = new Vocabulary<Status>(
            "active, paused or discharged (or on hold, inactive, yes, no; empty is active)")
            .with(Status.values())
            .alias("current", Status.ACTIVE)
            .alias("new", Status.ACTIVE)
            .alias("yes", Status.ACTIVE)
            .alias("y", Status.ACTIVE)
            .alias("true", Status.ACTIVE)
            .alias("on hold", Status.PAUSED)
            .alias("hold", Status.PAUSED)
            .alias("inactive", Status.PAUSED)
            .alias("not active", Status.PAUSED)
            .alias("suspended", Status.PAUSED)
            .alias("no", Status.PAUSED)
            .alias("n", Status.PAUSED)
            .alias("false", Status.PAUSED)
            .alias("closed", Status.DISCHARGED)
            .alias("archived", Status.DISCHARGED)
            .alias("former", Status.DISCHARGED)
            .alias("completed", Status.DISCHARGED)
            .alias("finished", Status.DISCHARGED)
            .alias("deceased", Status.DISCHARGED);

    private final Map<String, E> byKey = new HashMap<>();
    private final java.util.List<String> fillers = new java.util.ArrayList<>();
    private final Memo<E> byText = new Memo<>(this::lookUp);
    private final String expected;

    private Vocabulary(String expected) {
        this.expected = expected;
    }

    @SafeVarargs
    private Vocabulary<E> with(E... values) {
        for (E value : values) {
            byKey.put(Keys.of(value.toString()), value);
        }
        return this;
    }

    /** Words that say nothing about the value ("Sports Massage" is sports), dropped when the whole text is not known. */
    private Vocabulary<E> ignoring(String... words) {
        fillers.addAll(java.util.List.of(words));
        return this;
    }

    private E lookUp(String text) {
        E value = byKey.get(Keys.of(text));
        if (value != null || fillers.isEmpty()) {
            return value;
        }
        StringBuilder kept = new StringBuilder();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[\\s_\\-./]+")) {
            if (!fillers.contains(word)) {
                kept.append(word);
            }
        }
        return kept.length() == 0 ? null : byKey.get(Keys.of(kept.toString()));
    }

    private Vocabulary<E> alias(String word, E value) {
        byKey.put(Keys.of(word), value);
        return this;
    }

    /** The value the word names, or null. */
    E of(String word) {
        return byText.get(word);
    }

    /** The values in words, for a rejected row's "expected". */
    String expected() {
        return expected;
    }

    /** Whether a row is planned; only active rows are validated and planned. */
    enum Status {
        ACTIVE, PAUSED, DISCHARGED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The row's status; empty is active, anything unknown is null. */
        static Status of(String text) {
            return text.isBlank() ? ACTIVE : STATUSES.of(text);
        }
    }

    /**
     * The email_opt_out column, in the words people keep such a column in: yes (the client asked
     * not to be emailed) or no. Anything else is neither, and the row is rejected rather than the
     * client emailed, or not, on a guess.
     */
    static final class Consent {
        static final String EXPECTED = "yes or no (yes: the client asked not to be emailed; also y/n, true/false, "
                + "1/0, x, opted out, unsubscribed, do not email, opted in; empty is no)";
        private static final Vocabulary<Boolean> WORDS = new Vocabulary<Boolean>(EXPECTED)
                .alias("yes", true).alias("y", true).alias("true", true).alias("x", true).alias("1", true)
                .alias("opted out", true).alias("opt out", true).alias("opt-out", true).alias("unsubscribed", true)
                .alias("do not email", true).alias("don't email", true).alias("dont email", true)
                .alias("no email", true).alias("no emails", true).alias("refused", true)
                .alias("no", false).alias("n", false).alias("false", false).alias("0", false)
                .alias("opted in", false).alias("opt in", false).alias("subscribed", false).alias("email ok", false)
                .alias("ok", false);

        private Consent() {
        }

        /** True for an opt-out, false for none (empty too), null for a word that says neither. */
        static Boolean optedOut(String text) {
            return text.isBlank() ? Boolean.FALSE : WORDS.of(text);
        }
    }
}
