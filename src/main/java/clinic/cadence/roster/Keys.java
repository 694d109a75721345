package clinic.cadence.roster;

/** How headers and enumerated values are compared: {@link Names#key}, the one rule for names. */
final class Keys {
    private Keys() {
    }

    /** "Client_ID", "client id" and "CLIENT-ID" all give "clientid". */
    static String of(String text) {
        return Names.key(text);
    }
}
