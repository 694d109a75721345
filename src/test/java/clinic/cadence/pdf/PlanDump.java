package clinic.cadence.pdf;

import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Roster;
import clinic.cadence.roster.RosterEntry;
import clinic.cadence.roster.RosterOptions;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.PlanLanguage;
import clinic.cadence.words.Wording;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A benchmark tool (issue 16): what each client's plan page says, worded, one JSON object per
 * line, for the JasperReports peer in bench/jasper to draw. Each line is exactly the model the
 * template receives ({@link PlanPage}, its variables listed in templates/README.md), with roster
 * text unescaped to plain strings, plus the client's {@code id} and the page number's words
 * ({@code pageNumber}, with {@code {page}} and {@code {pages}} in it).
 *
 * <p>The peer is thereby spared reading the roster, planning and wording: all of that is done here,
 * untimed, once.
 *
 * <p>{@code PlanDump ROSTER AS_OF OUT.jsonl}: the roster's active, valid clients, read and planned
 * as Cadence does with the built-in rulebook, settings and catalogues.
 */
public final class PlanDump {
    private static final JsonFactory JSON = new JsonFactory();

    private final Settings settings;
    private final Typefaces typefaces = Typefaces.load();
    private final Catalogues catalogues = Catalogues.builtIn();
    private final PlanLanguage languages;

    public PlanDump(Settings settings) {
        this.settings = settings;
        this.languages = catalogues.planLanguage(settings.language());
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PlanDump ROSTER AS_OF OUT.jsonl");
            System.exit(2);
        }
        int plans = write(Path.of(args[0]), LocalDate.parse(args[1]), Path.of(args[2]));
        System.out.println("PlanDump: " + plans + " plans written to " + args[2]);
    }

    /** Reads, plans and dumps every active, valid client of {@code roster}; the number of plans written. */
    public static int write(Path roster, LocalDate asOf, Path out) {
        Settings settings = Settings.defaults();
        Rulebook rulebook = Rulebook.defaults();
        PlanDump dump = new PlanDump(settings);
        AtomicInteger count = new AtomicInteger();
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Roster.read(roster, new RosterOptions(null, null, asOf), entry -> {
                if (entry instanceof RosterEntry.ClientRow row) {
                    try {
                        file.write(dump.line(rulebook.plan(row.client(), settings, asOf)));
                        file.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count.incrementAndGet();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.get();
    }

    /** One plan as one line of JSON (no line break in it). */
    public String line(Plan plan) {
        Locale language = languages.of(plan.client());
        Wording words = Wording.of(catalogues, language, plan.asOf());
        Map<String, Object> page = PlanPage.of(plan, settings, typefaces, words);
        StringWriter out = new StringWriter(8 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", plan.client().id());
            json.writeStringField("pageNumber", words.text("page.pageNumber", "page", "{page}", "pages", "{pages}"));
            for (Map.Entry<String, Object> e : page.entrySet()) {
                json.writeFieldName(e.getKey());
                value(json, e.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof TemplateHTMLOutputModel markup) {
            json.writeString(plain(markup));
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /** Roster text as the page shows it: the markup {@link Typefaces#lettering} made, unescaped. */
    static String plain(TemplateHTMLOutputModel markup) {
        try {
            String text = HTMLOutputFormat.INSTANCE.getMarkupString(markup).replaceAll("<[^>]*>", "");
            return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
