package nl.tweedekamer.meldpunt.portaal.taal;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The language of this request: Dutch first, English second. Chosen by a {@code lang} link (kept in a cookie), else
 * by the browser's Accept-Language, else Dutch ({@link TaalFilter}).
 */
@RequestScoped
public class Taal {

    public static final String NL = "nl";
    public static final String EN = "en";
    public static final List<String> TALEN = List.of(NL, EN);

    private String code = NL;

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    void kies(String code) {
        this.code = TALEN.contains(code) ? code : NL;
    }

    /** The texts in this request's language. */
    public Msg teksten() {
        return teksten(code);
    }

    /** The texts of the vertrouwenspersoon's pages in this request's language. */
    public VpMsg vpTeksten() {
        return MessageBundles.get(VpMsg.class, Localized.Literal.of(code));
    }

    /** The texts about attachments in this request's language. */
    public StukMsg stukTeksten() {
        return MessageBundles.get(StukMsg.class, Localized.Literal.of(code));
    }

    public static Msg teksten(String code) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(code));
    }
}
