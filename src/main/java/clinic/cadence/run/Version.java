package clinic.cadence.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Cadence's own version, stamped by the build into version.properties. */
final class Version {
    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
