package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a complaint's page says after one of its steps was taken ({@code ?gedaan=key}, claimed by the page part
 * whose step it is), Dutch first ({@code messages/gedaan_nl.properties}); templates use {@code {gedaan:key}}.
 */
@MessageBundle(value = "gedaan", locale = "nl")
public interface GedaanMsg {

    /** A placeholder until a part claims a key; keeps the bundle from being empty. */
    @Message
    String opgeslagen();

    /** The klaagschrift was signed and filed (art 9.1); what comes next (9.4, 10.1). */
    @Message
    String ksIngediend();
}
