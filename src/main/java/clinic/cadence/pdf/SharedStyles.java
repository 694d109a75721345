package clinic.cadence.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3c.dom.Element;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Parses the page's style sheets once per thread instead of once per plan (they are the same in
 * every plan of a language): Flying Saucer's user-agent sheet and the template's {@code <style>}.
 *
 * <p>Flying Saucer keeps parsed sheets per renderer, names an inline sheet with a new number for
 * every document, and empties its cache on every document unless {@code xr.cache.stylesheets} is
 * set. Each plan gets a fresh renderer (see {@link PlanRenderer#render}), so this hands each new
 * renderer on a thread that thread's style reference, whose cache outlives the renderer, and names
 * an inline sheet by a digest of its text, so the same text finds the same parsed sheet. A
 * renderer's style reference holds one document's matching at a time, hence one per thread.
 */
final class SharedStyles {
    /**
     * Keeps Flying Saucer from emptying a renderer's parsed sheets on every document. Its
     * configuration is read once, when first used: {@link FontBook} calls this before it makes the
     * first Flying Saucer object. Were it too late, sheets would be parsed per plan as before.
     */
    static void configure() {
        System.setProperty("xr.cache.stylesheets", "true");
    }

    private final ThreadLocal<StyleReference> perThread = new ThreadLocal<>();
    private final XhtmlNamespaceHandler namespace = new StableInlineNames();

    /** Lays the page into the renderer with this thread's parsed sheets. */
    void setDocument(ITextRenderer renderer, org.w3c.dom.Document page, String baseUri) {
        SharedContext context = renderer.getSharedContext();
        StyleReference styles = perThread.get();
        if (styles == null) {
            perThread.set(context.getCss());
        } else {
            styles.setUserAgentCallback(context.getUserAgentCallback());
            context.setCss(styles);
        }
        renderer.setDocument(page, baseUri, namespace);
    }

    /** Flying Saucer's XHTML handling, but an inline sheet is named by its text, not by a counter. */
    private static final class StableInlineNames extends XhtmlNamespaceHandler {
        @Override
        protected StylesheetInfo readStyleElement(Element style) {
            StylesheetInfo info = super.readStyleElement(style);
            if (info == null || info.getContent().isEmpty()) {
                return info;
            }
            String css = info.getContent().get();
            return new StylesheetInfo(info.getOrigin(), "inline:" + digest(css), info.getMedia(), css);
        }

        private static String digest(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
