package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.Wording;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan dump the JasperReports peer draws from (issue 16) says what the plan page says, as plain text. */
class PlanDumpTest {

    @Test
    void aPlanParsesBackWithTheClientsNameUnescapedAndEveryReasonWorded() throws IOException {
        Plan plan = PlanFixtures.intensive(PlanFixtures.client("00123", "Zoë", "O'Brien & <Sons>",
                clinic.cadence.client.Condition.ACUTE, "Ana Costa"));
        String line = new PlanDump(Settings.defaults()).line(plan);

        assertFalse(line.contains("\n"), "one plan, one line");
        Map<String, List<String>> strings = strings(line);
        assertEquals(List.of("00123"), strings.get("id"));
        assertEquals(List.of("Zoë O'Brien & <Sons>"), strings.get("client.name"), "plain text, not markup");
        assertEquals(List.of("Page {page} of {pages}"), strings.get("pageNumber"));

        Wording words = Wording.of(Catalogues.builtIn(), Locale.ENGLISH, plan.asOf());
        List<String> rules = plan.rationale().stream().map(Reason::ruleId).toList();
        List<String> texts = plan.rationale().stream().map(r -> words.say(r.findings())).toList();
        assertEquals(rules, strings.get("reasons.rule"));
        assertEquals(texts, strings.get("reasons.text"));
        assertTrue(texts.stream().allMatch(t -> !t.isBlank()));
        assertEquals(12, strings.get("weeks.label").size(), "a 12-week timeline");
    }

    /** Every string value of the JSON, by its path of field names (array levels left out), in order. */
    private static Map<String, List<String>> strings(String json) throws IOException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> path.add(p.currentName());
                    case START_OBJECT, START_ARRAY -> path.add(null);
                    case END_OBJECT, END_ARRAY -> {
                        path.remove(path.size() - 1);
                        popField(path);
                    }
                    default -> {
                        if (t == JsonToken.VALUE_STRING) {
                            String key = String.join(".", path.stream().filter(s -> s != null).toList());
                            found.computeIfAbsent(key, k -> new ArrayList<>()).add(p.getText());
                        }
                        popField(path);
                    }
                }
            }
        }
        return found;
    }

    /** A field's value ended: its name leaves the path (an array item's does not have one). */
    private static void popField(List<String> path) {
        if (!path.isEmpty() && path.get(path.size() - 1) != null) {
            path.remove(path.size() - 1);
        }
    }
}
