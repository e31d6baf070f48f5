package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/**
 * The employer's part of a complaint as its named decider reads it (domain.md §10.2): the advice received, the
 * decision term with the extensions used (art 13.3) and whether the decision was taken. Which steps are offered
 * follows from this; klacht-service checks each again.
 */
@TemplateData
public record WerkgeverZaak(UUID klachtId, String status, LocalDate adviesOntvangen, LocalDate besluitUiterlijk,
        int verdaagdeDagen, LocalDate besloten, LocalDate vandaag) {

    /** Art 13.3: "ten hoogste vier weken" in total. */
    public static final int MAXIMUM_VERDAGING = 28;

    /** The employer's part, or null when the dossier is not read as the employer's decider. */
    public static WerkgeverZaak van(JsonNode dossier, LocalDate vandaag) {
        if (dossier == null || !"WERKGEVER".equals(dossier.path("as").asText())) {
            return null;
        }
        // klacht-service gives the decider only their own employer's row
        JsonNode rij = dossier.path("employers").path(0);
        return new WerkgeverZaak(uuid(dossier.path("id").asText(null)), dossier.path("status").asText(null),
                datum(rij.path("adviceReceivedOn")), datum(rij.path("decisionDueOn")),
                rij.path("extensionDays").asInt(0), datum(rij.path("decidedOn")), vandaag);
    }

    /** Art 10.4: the advice is that the complaint is inadmissible; the decision goes to the complainant. */
    public boolean nietOntvankelijk() {
        return "NIET_ONTVANKELIJK".equals(status);
    }

    /** Art 13.1, 10.4: after the advice reached this employer and before it decided. */
    public boolean kanBesluiten() {
        return ("ADVIES_UITGEBRACHT".equals(status) || nietOntvankelijk()) && adviesOntvangen != null
                && besloten == null;
    }

    /** The decision term has passed: said in words, and no extension is possible any more (art 13.3). */
    public boolean termijnVerstreken() {
        return besluitUiterlijk != null && vandaag != null && vandaag.isAfter(besluitUiterlijk);
    }

    public int resterendeDagen() {
        return Math.max(0, MAXIMUM_VERDAGING - verdaagdeDagen);
    }

    /** Art 13.3: before the term lapses, and while the 4 weeks in total are not used up. */
    public boolean kanVerdagen() {
        return kanBesluiten() && resterendeDagen() > 0 && !termijnVerstreken();
    }

    /** The maximum is used up: said, so that the decider knows why no extension is offered. */
    public boolean verdagingOp() {
        return kanBesluiten() && resterendeDagen() == 0;
    }

    private static LocalDate datum(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
