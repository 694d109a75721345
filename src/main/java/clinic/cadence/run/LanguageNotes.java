package clinic.cadence.run;

import clinic.cadence.UnusableInputException;
import clinic.cadence.client.Client;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.PlanLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Says which clients' language cells named no language the run has a catalogue for: their plans
 * are in the clinic's language, and the manager is told so on the terminal (the first few) and on
 * the Clients sheet (every one). Never a rejection: a plan in the clinic's language beats no plan.
 */
final class LanguageNotes {
    private static final int SHOWN = 5;

    private final PlanLanguage languages;
    private final Path roster;
    private final List<String> lines = new ArrayList<>();
    private int count;

    LanguageNotes(PlanLanguage languages, Path roster) {
        this.languages = languages;
        this.roster = roster;
    }

    /** The settings' language, which must have a catalogue (exit 3 before anything is written if not). */
    static PlanLanguage clinicLanguage(Catalogues catalogues, Settings settings) {
        if (catalogues.find(settings.language()) == null) {
            throw new UnusableInputException(settings.source() + ": language = " + settings.language().toLanguageTag()
                    + ": there is no catalogue for it (there are " + String.join(", ", catalogues.tags())
                    + "; a clinic adds one as templates/messages/messages_<language>.properties)");
        }
        return catalogues.planLanguage(settings.language());
    }

    void note(Client client) {
        if (languages.choose(client.language()).understood()) {
            return;
        }
        count++;
        if (lines.size() < SHOWN) {
            lines.add(roster.getFileName() + ": client " + client.id() + ": language '" + client.language().strip()
                    + "' is not one Cadence has words for; the plan is in "
                    + languages.clinicDefault().toLanguageTag() + ", the clinic's language");
        }
    }

    List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        if (count > lines.size()) {
            all.add("... and " + (count - lines.size()) + " more clients whose language is not known:"
                    + " see plan_language on the Clients sheet of capacity.xlsx");
        }
        return all;
    }
}
