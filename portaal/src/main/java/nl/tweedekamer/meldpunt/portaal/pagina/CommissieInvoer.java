package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.klacht.CommissieKlachtClient.Kandidaat;

/**
 * What the commission typed and chose in the forms of a complaint's page, kept when a form comes back (never lose
 * what someone typed), and the people each name search found for an accused (domain.md §10.3: name and function).
 * Nothing of it is stored by the portal: it lives for one request.
 */
@TemplateData
public final class CommissieInvoer {

    private final Map<String, List<String>> velden;
    private final Map<UUID, List<Kandidaat>> gevonden = new LinkedHashMap<>();
    private final Map<UUID, Boolean> gezocht = new LinkedHashMap<>();
    private final Map<UUID, String> werkgeverVan = new LinkedHashMap<>();

    private CommissieInvoer(Map<String, List<String>> velden) {
        this.velden = velden;
    }

    public static CommissieInvoer leeg() {
        return new CommissieInvoer(Map.of());
    }

    public static CommissieInvoer van(Map<String, List<String>> velden) {
        return new CommissieInvoer(velden == null ? Map.of() : velden);
    }

    /**
     * Whether the person sent one of the step forms (a default applies only to a form nobody filled in yet); a name
     * search and the choices it carries along do not count, so the defaults stay after a search.
     */
    public boolean ingevuld() {
        return velden.keySet().stream().anyMatch(k -> k.startsWith("cie-") && !k.startsWith("cie-naam-")
                && !k.startsWith("cie-persoon-"));
    }

    /** A field's text as typed, or empty. */
    public String waarde(String veld) {
        List<String> w = velden.get(veld);
        return w == null || w.isEmpty() || w.get(0) == null ? "" : w.get(0);
    }

    public List<String> waarden(String veld) {
        List<String> w = velden.get(veld);
        return w == null ? List.of() : w.stream().filter(Objects::nonNull).toList();
    }

    /** Whether {@code waarde} was chosen for the radio buttons or checkboxes {@code veld}. */
    public boolean gekozen(String veld, Object waarde) {
        return waarde != null && waarden(veld).contains(waarde.toString());
    }

    /** As {@link #gekozen}, checked by default while nobody filled in the form yet. */
    public boolean gekozenOfStandaard(String veld, Object waarde) {
        return ingevuld() ? gekozen(veld, waarde) : true;
    }

    void gevonden(UUID aangeklaagde, String werkgever, List<Kandidaat> personen) {
        gezocht.put(aangeklaagde, true);
        gevonden.put(aangeklaagde, personen);
        werkgeverVan.put(aangeklaagde, werkgever);
    }

    /** Whether the roster of this accused's employer was searched in this request. */
    public boolean gezocht(UUID aangeklaagde) {
        return gezocht.getOrDefault(aangeklaagde, false);
    }

    public List<Kandidaat> kandidaten(UUID aangeklaagde) {
        return gevonden.getOrDefault(aangeklaagde, List.of());
    }

    /**
     * The people found in this employer's roster by any search for its accused: the commission may name one of them
     * to decide for the employer instead of its standing decider (domain.md §10.2; never a party, klacht-service checks).
     */
    public List<Kandidaat> kandidatenBij(String werkgever) {
        List<Kandidaat> alle = new ArrayList<>();
        gevonden.forEach((a, lijst) -> {
            if (Objects.equals(werkgever, werkgeverVan.get(a))) {
                lijst.stream().filter(k -> alle.stream().noneMatch(x -> x.personId().equals(k.personId())))
                        .forEach(alle::add);
            }
        });
        return alle;
    }
}
