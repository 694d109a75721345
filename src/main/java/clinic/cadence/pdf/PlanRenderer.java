package clinic.cadence.pdf;

import clinic.cadence.UnusableInputException;
import clinic.cadence.plan.Plan;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.PlanLanguage;
import clinic.cadence.words.Wording;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.SAXException;

/**
 * Turns a plan into its PDF: FreeMarker template to XHTML, Flying Saucer on OpenPDF to PDF.
 * Fonts and the parsed template are set up once per run; {@link #render} is safe to call from
 * several threads (one Flying Saucer renderer per thread).
 */
public final class PlanRenderer {
    static final String TEMPLATE = "plan.ftlh";

    private final Template template;
    private final String templateFile;
    private final String baseUri;
    private final Settings settings;
    private final Typefaces typefaces;
    private final Catalogues catalogues;
    private final PlanLanguage languages;
    private final SharedStyles styles = new SharedStyles();
    private final PageParser parser = new PageParser();

    private PlanRenderer(Template template, String templateFile, String baseUri, Settings settings,
            Typefaces typefaces, Catalogues catalogues, PlanLanguage languages) {
        this.template = template;
        this.templateFile = templateFile;
        this.baseUri = baseUri;
        this.settings = settings;
        this.typefaces = typefaces;
        this.catalogues = catalogues;
        this.languages = languages;
    }

    /** With the shipped catalogues and the settings' language (tests, samples). */
    public static PlanRenderer load(Path templates, Settings settings) {
        Catalogues catalogues = Catalogues.builtIn();
        return load(templates, settings, catalogues, catalogues.planLanguage(settings.language()));
    }

    /**
     * @param templates the clinic's template folder, or null for the templates inside the jar
     * @throws clinic.cadence.UnusableInputException for a template that cannot be used, naming the
     *     template file, line and error; found here, before any PDF is written
     */
    public static PlanRenderer load(Path templates, Settings settings, Catalogues catalogues,
            PlanLanguage languages) {
        String templateFile = templates == null ? "templates/" + TEMPLATE + " (built in)"
                : templates.resolve(TEMPLATE).toString();
        Configuration config = configuration(templates);
        Template template;
        try {
            template = config.getTemplate(TEMPLATE);
        } catch (TemplateNotFoundException e) {
            throw new UnusableInputException("template " + templateFile + ": not found");
        } catch (ParseException e) {
            throw new UnusableInputException("template " + templateFile + " line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + oneLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new UnusableInputException("template " + templateFile + ": cannot be read (" + e.getMessage() + ")");
        }
        String baseUri = templates == null
                ? String.valueOf(PlanRenderer.class.getClassLoader().getResource("templates/" + TEMPLATE))
                : templates.toAbsolutePath().resolve(TEMPLATE).toUri().toString();
        PlanRenderer renderer = new PlanRenderer(template, templateFile, baseUri, settings, Typefaces.load(),
                catalogues, languages);
        // A template or catalogue error shows here, not halfway through the clients: every sample in the
        // clinic's language and in each language whose catalogue the clinic changed (the shipped ones are
        // rendered in every language by the tests).
        Set<Locale> checked = new LinkedHashSet<>(List.of(languages.clinicDefault()));
        catalogues.clinicTags().forEach(tag -> checked.add(Locale.forLanguageTag(tag)));
        for (Locale language : checked) {
            for (Plan sample : SamplePlans.all(Math.max(1, settings.horizonWeeks()))) {
                renderer.check(sample, language);
            }
        }
        return renderer;
    }

    /**
     * What can go wrong with a clinic's template goes wrong here: FreeMarker (unknown variable,
     * syntax) and XHTML that does not parse. Layout and PDF writing take no template input that
     * could fail, and skipping them keeps a small run's start short (they are the costly part).
     */
    private void check(Plan sample, Locale language) {
        page(xhtml(sample, language));
    }

    private static Configuration configuration(Path templates) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader(templates));
        config.setDefaultEncoding("UTF-8");
        // Read each file once per run: an edit made while the run goes on does not mix two looks.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLocale(Locale.ENGLISH);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates are edited by the clinic, not programmers: no reaching into Java from them.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        return config;
    }

    private static TemplateLoader loader(Path templates) {
        if (templates == null) {
            return new ClassTemplateLoader(PlanRenderer.class.getClassLoader(), "templates");
        }
        if (!Files.isDirectory(templates)) {
            throw new UnusableInputException("templates folder " + templates + ": not found");
        }
        try {
            return new FileTemplateLoader(templates.toFile());
        } catch (IOException e) {
            throw new UnusableInputException("templates folder " + templates + ": cannot be read (" + e.getMessage()
                    + ")");
        }
    }

    /** The PDF's bytes; identical for identical plans (dates and ids come from the as-of date). */
    public byte[] render(Plan plan) {
        String xhtml = xhtml(plan, languages.of(plan.client()));
        // A fresh renderer per plan: a reused one numbers the PDF's objects differently on its first
        // page than on later ones (so bytes would depend on the thread), and one shared by two threads
        // writes broken PDFs. With the fonts shared it costs about as much as reusing one.
        Document page = page(xhtml); // first: it reads the fonts this plan's scripts need
        ITextRenderer renderer = newRenderer();
        styles.setDocument(renderer, page, baseUri);
        renderer.setListener(new FixedMetadata(plan.asOf(), xhtml));
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.createPDF(out);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot write the plan PDF for client " + plan.client().id(), e);
        }
        return out.toByteArray();
    }

    /** The page as a document, its text set in the fonts of its scripts ({@link Typefaces#letter}). */
    private Document page(String xhtml) {
        Document page;
        try {
            page = parser.parse(xhtml);
        } catch (SAXException | RuntimeException e) {
            throw new UnusableInputException("template " + templateFile + " does not give well-formed XHTML: "
                    + oneLine(rootMessage(e)));
        }
        typefaces.letter(page);
        return page;
    }

    private String xhtml(Plan plan, Locale language) {
        Map<String, Object> page = PlanPage.of(plan, settings, typefaces, Wording.of(catalogues, language, plan.asOf()));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(page, out);
        } catch (TemplateException e) {
            String line = e.getLineNumber() == null ? "" : " line " + e.getLineNumber();
            throw new UnusableInputException("template " + templateFile + line + ": "
                    + oneLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private ITextRenderer newRenderer() {
        ITextRenderer renderer = ShapedTextRenderer.newRenderer();
        typefaces.install(renderer.getFontResolver());
        return renderer;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf("\n----");
        if (end >= 0) {
            text = text.substring(0, end);
        }
        text = text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
