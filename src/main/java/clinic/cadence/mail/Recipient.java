package clinic.cadence.mail;

import clinic.cadence.client.Client;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * Whether a client can be emailed, and at what address. The roster has checked the address's
 * shape; this checks what mail needs on top: a local part in plain ASCII (Jakarta Mail would
 * write other letters raw, which most servers refuse), and an international domain in its
 * ASCII form ({@code münchen.de} as {@code xn--mnchen-3ya.de}).
 */
public sealed interface Recipient {

    /** The client is emailed at {@code address} (the display name encoded as RFC 2047 where needed). */
    record Usable(InternetAddress address) implements Recipient {
    }

    /**
     * The client gets no email; the front desk hands the plan over.
     *
     * @param why in the front desk's words, e.g. "no email address in the roster"
     */
    record HandOver(String why) implements Recipient {
    }

    static Recipient of(Client client) {
        if (client.emailOptOut()) {
            return new HandOver("asked not to be emailed");
        }
        String email = client.email().strip();
        if (email.isEmpty()) {
            return new HandOver("no email address in the roster");
        }
        if (email.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return new HandOver("email address unusable: it holds spaces or control characters");
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return new HandOver("email address unusable: it is not name@domain");
        }
        String local = email.substring(0, at);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(local)) {
            return new HandOver("email address unusable: the part before the @ has letters outside plain ASCII, "
                    + "which most mail servers cannot deliver");
        }
        String domain;
        try {
            domain = IDN.toASCII(email.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return new HandOver("email address unusable: its domain is not a valid domain name");
        }
        try {
            InternetAddress address = new InternetAddress(local + "@" + domain, true);
            address.validate();
            String name = HeaderText.clean(client.displayName());
            if (!name.isEmpty()) {
                address.setPersonal(name, "UTF-8");
            }
            return new Usable(address);
        } catch (AddressException | UnsupportedEncodingException e) {
            return new HandOver("email address unusable: it is not a valid address");
        }
    }
}
