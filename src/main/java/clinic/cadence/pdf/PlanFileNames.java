package clinic.cadence.pdf;

import clinic.cadence.client.Client;

/**
 * Gives each client's plan its path under the out folder: {@code plans/<location>/<id>-<name>.pdf}
 * (no location folder when the client has none), with {@code /} separators. Names are safe on
 * Windows, macOS and Linux whatever the data holds, and distinct even on case-insensitive file
 * systems. Call in roster order (one thread), so the same roster gives the same names.
 */
public final class PlanFileNames {

    public String assign(Client client) {
        throw new UnsupportedOperationException("plan file names: issue 5");
    }
}
