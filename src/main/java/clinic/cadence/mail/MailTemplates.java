package clinic.cadence.mail;

import clinic.cadence.UnusableInputException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The email's wording: {@code email-subject.ftl}, {@code email-body.ftl} and {@code email-event.ftl}
 * (the calendar entries' title) in templates/, one file per language ({@code email-body_es.ftl});
 * FreeMarker's localized lookup falls back to the English file. A clinic's templates folder that
 * has no email files (it was written before the outbox) uses the built-in ones.
 */
final class MailTemplates {
    static final String SUBJECT = "email-subject.ftl";
    static final String BODY = "email-body.ftl";
    static final String EVENT = "email-event.ftl";

    private final Configuration config;
    private final String where;
    /** Parsed once per language: templates are looked up for every email of a large outbox. */
    private final Map<String, Template> parsed = new HashMap<>();

    private MailTemplates(Configuration config, String where) {
        this.config = config;
        this.where = where;
    }

    /** @param templates the clinic's templates folder, or null for the built-in templates */
    static MailTemplates load(Path templates) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader(templates));
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLocalizedLookup(true);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        return new MailTemplates(config, templates == null ? "templates/ (built in)" : templates.toString());
    }

    private static TemplateLoader loader(Path templates) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(MailTemplates.class.getClassLoader(), "templates");
        if (templates == null || !Files.isDirectory(templates)) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(templates.toFile()), builtIn});
        } catch (IOException e) {
            throw new UnusableInputException("templates folder " + templates + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * One template's text for the language.
     *
     * @throws UnusableInputException naming the template and the line of a mistake in it
     */
    synchronized String render(String name, Locale language, Map<String, Object> model) {
        try {
            Template template = parsed.get(name + "/" + language);
            if (template == null) {
                template = config.getTemplate(name, language);
                parsed.put(name + "/" + language, template);
            }
            StringWriter text = new StringWriter();
            template.process(model, text);
            return text.toString();
        } catch (TemplateNotFoundException e) {
            throw new UnusableInputException("template " + name + " in " + where + ": not found");
        } catch (ParseException e) {
            throw new UnusableInputException("template " + e.getTemplateName() + " in " + where + " line "
                    + e.getLineNumber() + ": " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            throw new UnusableInputException("template " + name + " (" + language + ") in " + where + " line "
                    + e.getLineNumber() + ": " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "cannot be used" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
