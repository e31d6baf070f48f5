package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/**
 * A party's part of a complaint (the complainant, or an accused), as klacht-service gives it to them: the fact overview
 * and the hearing reports (art 12.1), their own reactions, the correction term, whether mediation runs. Which steps
 * are offered follows from this; klacht-service checks each again.
 */
@TemplateData
public record PartijZaak(UUID klachtId, String as, String status, LocalDate correctieTot, LocalDate vandaag,
        List<Stuk> feitenoverzicht, List<Stuk> verslagen, List<Stuk> eigenReacties, LocalDate instemmingOp,
        LocalDate geeindigd) {

    /** A piece of the dossier as the party reads it. */
    @TemplateData
    public record Stuk(String soort, String tekst, LocalDate datum) {

        public boolean correctie() {
            return "CORRECTIE".equals(soort);
        }

        public boolean zienswijze() {
            return "ZIENSWIJZE".equals(soort);
        }

        public boolean afstand() {
            return "AFSTAND_CORRECTIE".equals(soort);
        }
    }

    private static final Set<String> REACTIES = Set.of("CORRECTIE", "ZIENSWIJZE", "AFSTAND_CORRECTIE");
    private static final Set<String> VERSLAGEN = Set.of("HOORVERSLAG", "ONDERZOEKSVERSLAG");
    /** Domain.md §5.10: withdrawal from filing until the case ended. */
    private static final Set<String> INTREKBAAR = Set.of("INGEDIEND", "ONTVANGEN", "AANVULLING_GEVRAAGD",
            "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT", "ADVIES_VASTGESTELD",
            "ADVIES_UITGEBRACHT", "NIET_ONTVANKELIJK");

    /** The party's part, or null when the dossier is not read as a party. */
    public static PartijZaak van(JsonNode dossier, LocalDate vandaag) {
        String as = dossier == null ? null : dossier.path("as").asText(null);
        if (!"KLAGER".equals(as) && !"AANGEKLAAGDE".equals(as)) {
            return null;
        }
        List<Stuk> feiten = new ArrayList<>();
        List<Stuk> verslagen = new ArrayList<>();
        List<Stuk> eigen = new ArrayList<>();
        for (JsonNode d : dossier.path("documents")) {
            String soort = d.path("kind").asText("");
            Stuk stuk = new Stuk(soort, d.path("body").asText(""), datum(d.path("datedOn")));
            if ("FEITENOVERZICHT".equals(soort)) {
                feiten.add(stuk);
            } else if (VERSLAGEN.contains(soort)) {
                verslagen.add(stuk);
            } else if (REACTIES.contains(soort) && as.equals(d.path("authorRole").asText(null))) {
                // the complainant's and the accused's own reactions; a co-accused's are theirs, not "yours"
                eigen.add(stuk);
            }
        }
        JsonNode procedure = dossier.path("procedure");
        return new PartijZaak(uuid(dossier.path("id").asText(null)), as, dossier.path("status").asText(null),
                datum(procedure.path("correctionsDueOn")), vandaag, feiten, verslagen, eigen,
                datum(procedure.path("mediationConsentOn")), datum(dossier.path("endedOn")));
    }

    public boolean klager() {
        return "KLAGER".equals(as);
    }

    /** Art 12.1: the parties received the fact overview. */
    public boolean heeftFeitenoverzicht() {
        return !feitenoverzicht.isEmpty();
    }

    /** Art 12.1, 12.5: corrections and a written view until the correction term ends, before the advice. */
    public boolean kanReageren() {
        return "FEITENOVERZICHT".equals(status) && correctieTot != null && vandaag != null
                && !vandaag.isAfter(correctieTot);
    }

    /** After waiving (art 12.1) no further correction is offered; a written view still is, until the term ends. */
    public boolean afgezien() {
        return eigenReacties.stream().anyMatch(Stuk::afstand);
    }

    public boolean kanCorrigeren() {
        return kanReageren() && !afgezien();
    }

    /** The term ended while the case still waits for the advice: said, with its date. */
    public boolean termijnVoorbij() {
        return correctieTot != null && vandaag != null && vandaag.isAfter(correctieTot);
    }

    /** Domain.md §5.10: the complainant withdraws at any stage until the case ended. */
    public boolean kanIntrekken() {
        return klager() && INTREKBAAR.contains(status);
    }

    private static LocalDate datum(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
