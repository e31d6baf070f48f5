package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * What went wrong with a form, in the person's language: per field (shown next to it, and linked from the summary
 * at the top of the page) and in general (shown in the summary only).
 */
@TemplateData
public final class Fouten {

    /** One line of the summary; {@code anker} is the id of the control it links to, or null. */
    @TemplateData
    public record Regel(String anker, String tekst) {
    }

    private final Map<String, Regel> perVeld = new LinkedHashMap<>();
    private final List<String> algemeen = new ArrayList<>();

    public static Fouten geen() {
        return new Fouten();
    }

    /** A field's error; the first one a field gets stays. {@code anker}: the control the summary links to. */
    public Fouten veld(String veld, String anker, String tekst) {
        perVeld.putIfAbsent(veld, new Regel(anker, tekst));
        return this;
    }

    public Fouten veld(String veld, String tekst) {
        return veld(veld, veld, tekst);
    }

    /** A field's error moved to another control, in the same place of the summary (a form that asks it otherwise). */
    public Fouten verplaats(String veld, String naarVeld, String tekst) {
        if (!perVeld.containsKey(veld)) {
            return this;
        }
        Map<String, Regel> kopie = new LinkedHashMap<>();
        perVeld.forEach((k, r) -> kopie.put(k.equals(veld) ? naarVeld : k, k.equals(veld) ? new Regel(naarVeld, tekst) : r));
        perVeld.clear();
        perVeld.putAll(kopie);
        return this;
    }

    public Fouten algemeen(String tekst) {
        if (!algemeen.contains(tekst)) {
            algemeen.add(tekst);
        }
        return this;
    }

    public boolean aanwezig() {
        return !perVeld.isEmpty() || !algemeen.isEmpty();
    }

    public boolean heeft(String veld) {
        return perVeld.containsKey(veld);
    }

    /** The field's error text, or null. */
    public String voor(String veld) {
        Regel regel = perVeld.get(veld);
        return regel == null ? null : regel.tekst();
    }

    /** The summary: general errors first, then each field's in form order. */
    public List<Regel> regels() {
        List<Regel> regels = new ArrayList<>();
        algemeen.forEach(t -> regels.add(new Regel(null, t)));
        regels.addAll(perVeld.values());
        return regels;
    }
}
