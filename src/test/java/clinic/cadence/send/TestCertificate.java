package clinic.cadence.send;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for localhost and 127.0.0.1, made by the JDK's keytool when the test runs (valid
 * two days: nothing committed that expires), and the TLS contexts of a server that presents it
 * and a client that trusts it.
 */
final class TestCertificate {
    private static final char[] PASS = "test-keystore".toCharArray();

    final SSLContext server;
    final SSLContext client;

    private TestCertificate(SSLContext server, SSLContext client) {
        this.server = server;
        this.client = client;
    }

    static TestCertificate make(Path folder) throws Exception {
        return make(folder, "dns:localhost,ip:127.0.0.1");
    }

    /** A certificate for the names in {@code subjectAlternativeNames} (keytool's SAN syntax). */
    static TestCertificate make(Path folder, String subjectAlternativeNames) throws Exception {
        Path store = Files.createTempFile(folder, "certificate", ".p12");
        Files.delete(store);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=" + subjectAlternativeNames,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass",
                new String(PASS), "-keypass", new String(PASS)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASS);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASS);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("localhost", keys.getCertificate("localhost"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        return new TestCertificate(server, client);
    }
}
