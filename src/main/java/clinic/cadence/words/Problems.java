package clinic.cadence.words;

/** ICU's complaints about a message, said in a clinic's words. */
final class Problems {
    private Problems() {
    }

    static String plain(IllegalArgumentException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("not a Number") || text.contains("is not a Number")) {
            return "a plural or number needs a number: use the name ending in Count, e.g. {weeksCount, plural, ...}";
        }
        if (text.contains("not a String")) {
            return "a select needs a text value";
        }
        if (text.contains("Unmatched") || text.contains("Bad argument syntax") || text.contains("unterminated")) {
            return "check that every { has its }";
        }
        if (text.contains("other")) {
            return "each {name, plural, ...} and {name, select, ...} needs an other {...} case";
        }
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
