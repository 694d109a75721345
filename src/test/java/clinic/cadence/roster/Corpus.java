package clinic.cadence.roster;

import clinic.cadence.client.Client;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reading the corpus under src/test/resources/roster/ (see its README.md). */
final class Corpus {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private Corpus() {
    }

    static Path file(String name) {
        try {
            return Path.of(Corpus.class.getResource("/roster/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("corpus file missing: " + name, e);
        }
    }

    static RosterOptions options() {
        return new RosterOptions(null, null, AS_OF);
    }

    static List<RosterEntry> read(Path file, RosterOptions options) {
        List<RosterEntry> entries = new ArrayList<>();
        Roster.read(file, options, entries::add);
        return entries;
    }

    static List<Client> clients(List<RosterEntry> entries) {
        return entries.stream().filter(e -> e instanceof RosterEntry.ClientRow)
                .map(e -> ((RosterEntry.ClientRow) e).client()).collect(Collectors.toList());
    }

    static List<RosterEntry.RejectedRow> rejected(List<RosterEntry> entries) {
        return entries.stream().filter(e -> e instanceof RosterEntry.RejectedRow)
                .map(e -> (RosterEntry.RejectedRow) e).collect(Collectors.toList());
    }
}
