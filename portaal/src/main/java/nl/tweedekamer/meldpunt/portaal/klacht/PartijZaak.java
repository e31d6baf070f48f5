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
        LocalDate geeindigd, List<Lid> leden, List<Aangeklaagde> aangeklaagden, List<Stuk> aanvullingsverzoeken,
        LocalDate aanvullenTot, String stukkenVenster, LocalDate stukkenTot, Kopie kopie, LocalDate bemiddelingSinds) {

    /** The accused's copy of the complaint (art 10.3; without the complainant's address, domain.md §5.12). */
    @TemplateData
    public record Kopie(String categorie, String gedrag, String plaats, String wanneer, String getuigen,
            String stappen, String klager, String klagerFunctie) {

        private static final Set<String> CATEGORIEEN = Set.of("INTIMIDATIE", "SEKSUELE_INTIMIDATIE",
                "AGRESSIE_EN_GEWELD", "DISCRIMINATIE", "EXTREMISME", "STALKEN", "PESTEN");

        /** The category in words ({@code partij:cat…}). */
        public String categorieSleutel() {
            return categorie != null && CATEGORIEEN.contains(categorie) ? "cat" + categorie : "catOnbekend";
        }
    }

    /** A member who sits on the case (art 11.4): id, name and seat, never an address. */
    @TemplateData
    public record Lid(String id, String naam, String zetel, String zijde) {

        public boolean voorzitter() {
            return "VOORZITTER".equals(zetel);
        }

        public boolean ambtelijk() {
            return "AMBTELIJK".equals(zijde);
        }

        public boolean politiek() {
            return "POLITIEK".equals(zijde);
        }
    }

    /** An accused as the klaagschrift names them, for a request of temporary measures that concerns them (12.4). */
    @TemplateData
    public record Aangeklaagde(String id, String naam) {
    }

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

    /** Art 7.8, 11.4: who sits is settled before the advice is voted on; an objection is lodged until then. */
    private static final Set<String> VOOR_ADVIES = Set.of("INGEDIEND", "ONTVANGEN", "AANVULLING_GEVRAAGD",
            "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT");
    /** Art 11.1, 11.3: requests about the hearing while a hearing can still be planned. */
    private static final Set<String> VOOR_HOREN = Set.of("INGEDIEND", "ONTVANGEN", "AANVULLING_GEVRAAGD",
            "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD");
    /** Art 12.4: temporary measures are asked from filing on, while the procedure runs. */
    private static final Set<String> VOORZIENING = Set.of("INGEDIEND", "ONTVANGEN", "AANVULLING_GEVRAAGD",
            "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT", "ADVIES_VASTGESTELD",
            "ADVIES_UITGEBRACHT");

    /** The party's part, or null when the dossier is not read as a party. */
    public static PartijZaak van(JsonNode dossier, LocalDate vandaag) {
        String as = dossier == null ? null : dossier.path("as").asText(null);
        if (!"KLAGER".equals(as) && !"AANGEKLAAGDE".equals(as)) {
            return null;
        }
        List<Stuk> feiten = new ArrayList<>();
        List<Stuk> verslagen = new ArrayList<>();
        List<Stuk> eigen = new ArrayList<>();
        List<Stuk> verzoeken = new ArrayList<>();
        for (JsonNode d : dossier.path("documents")) {
            String soort = d.path("kind").asText("");
            Stuk stuk = new Stuk(soort, d.path("body").asText(""), datum(d.path("datedOn")));
            if ("AANVULLINGSVERZOEK".equals(soort)) {
                verzoeken.add(stuk);
            } else if ("FEITENOVERZICHT".equals(soort)) {
                feiten.add(stuk);
            } else if (VERSLAGEN.contains(soort)) {
                verslagen.add(stuk);
            } else if (REACTIES.contains(soort) && as.equals(d.path("authorRole").asText(null))) {
                // the complainant's and the accused's own reactions; a co-accused's are theirs, not "yours"
                eigen.add(stuk);
            }
        }
        List<Lid> leden = new ArrayList<>();
        for (JsonNode z : dossier.path("composition")) {
            if (!"UITGESLOTEN".equals(z.path("seat").asText()) && z.hasNonNull("personId")) {
                leden.add(new Lid(z.path("personId").asText(), z.path("name").asText("-"), z.path("seat").asText(""),
                        z.path("side").asText("")));
            }
        }
        List<Aangeklaagde> aangeklaagden = new ArrayList<>();
        for (JsonNode a : dossier.path("klaagschrift").path("accused")) {
            if (a.hasNonNull("id")) {
                aangeklaagden.add(new Aangeklaagde(a.path("id").asText(), a.path("name").asText("-")));
            }
        }
        JsonNode procedure = dossier.path("procedure");
        String status = dossier.path("status").asText("");
        LocalDate correctieTot = datum(procedure.path("correctionsDueOn"));
        // art 9.3, 11.4, 12.5: the windows in which klacht-service takes a party's document (its Stukkentermijn)
        String venster = null;
        LocalDate tot = null;
        LocalDate stukkenHoorzitting = null;
        for (JsonNode h : dossier.path("hearings")) {
            LocalDate d = datum(h.path("documentsDueOn")) != null ? datum(h.path("documentsDueOn")) : datum(h.path("hearingOn"));
            if (d != null && vandaag != null && !vandaag.isAfter(d) && (stukkenHoorzitting == null || d.isAfter(stukkenHoorzitting))) {
                stukkenHoorzitting = d;
            }
        }
        if ("KLAGER".equals(as) && "AANVULLING_GEVRAAGD".equals(status)) {
            venster = "AANVULLING";
            tot = datum(procedure.path("completionDueOn"));
        } else if (("HOORZITTING_GEPLAND".equals(status) || "GEHOORD".equals(status)) && stukkenHoorzitting != null) {
            venster = "HOORZITTING";
            tot = stukkenHoorzitting;
        } else if ("AANGEKLAAGDE".equals(as) && "FEITENOVERZICHT".equals(status) && correctieTot != null
                && vandaag != null && !vandaag.isAfter(correctieTot)) {
            venster = "ZIENSWIJZE";
            tot = correctieTot;
        }
        JsonNode k = dossier.path("klaagschrift");
        Kopie kopie = "AANGEKLAAGDE".equals(as) && k.isObject() ? new Kopie(k.path("category").asText(null),
                k.path("behaviour").asText(null), k.path("place").asText(null), k.path("when").asText(null),
                k.path("witnesses").asText(null), k.path("stepsTaken").asText(null),
                k.path("complainant").path("name").asText(null), k.path("complainant").path("function").asText(null))
                : null;
        return new PartijZaak(uuid(dossier.path("id").asText(null)), as, dossier.path("status").asText(null),
                datum(procedure.path("correctionsDueOn")), vandaag, feiten, verslagen, eigen,
                datum(procedure.path("mediationConsentOn")), datum(dossier.path("endedOn")), leden, aangeklaagden,
                verzoeken, datum(procedure.path("completionDueOn")), venster, tot, kopie,
                datum(procedure.path("mediationRunningSince")));
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

    /** Art 7.8: an objection to a member who sits, until the advice is voted on. */
    public boolean kanBezwaarMaken() {
        return VOOR_ADVIES.contains(status) && !leden.isEmpty();
    }

    /** Art 11.1, 11.3: to be heard separately, or one's counsel, while a hearing can still be planned. */
    public boolean kanHoorverzoek() {
        return VOOR_HOREN.contains(status);
    }

    /** Art 12.4: a request to the employer of the person concerned, from filing on while the procedure runs. */
    public boolean kanVoorzieningVragen() {
        return VOORZIENING.contains(status);
    }

    /** Art 9.3: the commission asked the complainant for missing documents or grounds; they answer. */
    public boolean kanAanvullen() {
        return klager() && "AANVULLING_GEVRAAGD".equals(status);
    }

    /** The last completion request, which the complainant answers. */
    public Stuk aanvullingsverzoek() {
        return aanvullingsverzoeken.isEmpty() ? null : aanvullingsverzoeken.get(aanvullingsverzoeken.size() - 1);
    }

    /** Art 10.1, 11.1: where a running mediation can end the complaint with the complainant's consent. */
    private static final Set<String> BEMIDDELBAAR = Set.of("ONTVANGEN", "ONTVANKELIJK", "HOORZITTING_GEPLAND",
            "GEHOORD", "FEITENOVERZICHT");

    /** Art 10.1, 11.1: a mediation runs and the complainant has not yet consented to ending the complaint by it. */
    public boolean kanInstemmen() {
        return klager() && bemiddelingSinds != null && instemmingOp == null && BEMIDDELBAAR.contains(status);
    }

    /** The complainant consented; the commission ends the complaint when the mediation succeeds. */
    public boolean ingestemd() {
        return klager() && bemiddelingSinds != null && instemmingOp != null && BEMIDDELBAAR.contains(status);
    }

    /** Art 9.3, 11.4, 12.5: a document may be added today. */
    public boolean kanStukToevoegen() {
        return stukkenVenster != null;
    }

    public boolean heeftStappen() {
        return kopie != null || kanInstemmen() || ingestemd() || kanStukToevoegen() || kanAanvullen() || heeftFeitenoverzicht() || kanIntrekken() || !eigenReacties.isEmpty() || kanBezwaarMaken()
                || kanHoorverzoek() || kanVoorzieningVragen();
    }

    private static LocalDate datum(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
