package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/**
 * What the commission's part of a complaint's page reads of the dossier, and which of its steps the procedure
 * offers to this reader now (the rules of klacht-service's {@code KlachtProcedure}, each citing its article).
 * klacht-service checks every step again; this only keeps a form away from who cannot use it.
 */
@TemplateData
public record CommissieZaak(UUID id, String as, String status, List<String> ontbreekt, List<Aangeklaagde> aangeklaagden,
        List<Zitting> zetels, boolean samengesteld, boolean adHocNodig, LocalDate ontvangstBevestigdOp,
        LocalDate aanvullingUiterlijk, List<KlachtDtos.Hoorzitting> hoorzittingen, String klagerWerkgever,
        LocalDate bemiddelingSinds, LocalDate correctiesUiterlijk, LocalDate adviesVastgesteldOp,
        LocalDate voorzitterTekendeOp, LocalDate secretarisTekendeOp, List<Werkgever> werkgeverRijen) {

    /** An employer of the case and who decides for it (domain.md §10.2), until it decided. */
    @TemplateData
    public record Werkgever(String tenant, UUID beslisserId, String beslisserNaam, LocalDate besloten) {
    }

    /** An accused as the commission reads the klaagschrift: linked to a person ({@code persoonId}) once admissible. */
    @TemplateData
    public record Aangeklaagde(UUID id, String naam, String functie, String werkgever, UUID persoonId) {

        /** The form's field for the person this accused is linked to. */
        public String persoonVeld() {
            return "cie-persoon-" + id;
        }

        /** The form's field for the name searched in their employer's roster. */
        public String naamVeld() {
            return "cie-naam-" + id;
        }
    }

    /** The form's field for who decides for {@code werkgever} in this case (domain.md §10.2). */
    public String beslisserVeld(String werkgever) {
        return "cie-beslisser-" + werkgever;
    }

    /** The message keys of what art 9.1 misses, in the article's order. */
    public List<String> ontbrekendeSleutels() {
        return ontbreekt.stream().map(CommissieZaak::ontbreektSleutel).toList();
    }

    private static String ontbreektSleutel(String veld) {
        return switch (veld) {
            case "category" -> "ontbreektCategorie";
            case "behaviour" -> "ontbreektGedraging";
            case "place" -> "ontbreektPlaats";
            case "when" -> "ontbreektTijdstip";
            case "latestBehaviourOn" -> "ontbreektLaatsteDatum";
            case "complainant.name" -> "ontbreektNaam";
            case "complainant.address" -> "ontbreektAdres";
            case "complainant.function" -> "ontbreektFunctie";
            case "accused" -> "ontbreektAangeklaagde";
            case "stepsTaken" -> "ontbreektStappen";
            default -> "ontbreektAnders";
        };
    }

    /** A seat of the case (art 7.4): VOORZITTER, LID or UITGESLOTEN (replaced, art 7.8). */
    @TemplateData
    public record Zitting(UUID persoonId, String naam, String zetel, String zijde) {

        /** The form's field for this member's vote on the advice. */
        public String stemVeld() {
            return "cie-stem-" + persoonId;
        }

        public boolean lid() {
            return "LID".equals(zetel);
        }
    }

    private static final Set<String> VOOR_HET_ADVIES = Set.of("INGEDIEND", "ONTVANGEN", "AANVULLING_GEVRAAGD",
            "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT");

    /** The commission's view of the dossier, or null when this reader does not read it as the commission. */
    public static CommissieZaak van(JsonNode d) {
        String as = tekst(d, "as");
        if (!"VOORZITTER".equals(as) && !"COMMISSIE".equals(as) && !"SECRETARIS".equals(as)) {
            return null;
        }
        JsonNode k = d.path("klaagschrift");
        List<String> ontbreekt = new ArrayList<>();
        k.path("missingAtFiling").forEach(n -> ontbreekt.add(n.asText()));
        List<Aangeklaagde> aangeklaagden = new ArrayList<>();
        k.path("accused").forEach(a -> aangeklaagden.add(new Aangeklaagde(uuid(a, "id"), tekst(a, "name"),
                tekst(a, "function"), tekst(a, "employerTenantId"), uuid(a, "personId"))));
        List<Zitting> zetels = new ArrayList<>();
        d.path("composition").forEach(z -> zetels.add(new Zitting(uuid(z, "personId"), tekst(z, "name"),
                tekst(z, "seat"), tekst(z, "side"))));
        List<KlachtDtos.Hoorzitting> hoorzittingen = new ArrayList<>();
        d.path("hearings").forEach(h -> {
            LocalDate op = datum(h, "hearingOn");
            if (op != null) {
                hoorzittingen.add(new KlachtDtos.Hoorzitting(op, tijd(h, "startsAt"), tekst(h, "location"),
                        h.path("partiesTogether").asBoolean(true), datum(h, "documentsDueOn"),
                        tekst(h, "otherInvitees")));
            }
        });
        List<Werkgever> werkgevers = new ArrayList<>();
        d.path("employers").forEach(w -> werkgevers.add(new Werkgever(tekst(w, "employerTenantId"),
                uuid(w, "recipientId"), tekst(w, "recipientName"), datum(w, "decidedOn"))));
        JsonNode p = d.path("procedure");
        return new CommissieZaak(uuid(d, "id"), as, tekst(d, "status"), ontbreekt, aangeklaagden, zetels,
                zetels.stream().anyMatch(z -> "VOORZITTER".equals(z.zetel())),
                p.path("adHocAppointmentRequired").asBoolean(false), datum(p, "receiptConfirmedOn"),
                datum(p, "completionDueOn"), hoorzittingen, tekst(d, "tenantId"), datum(p, "mediationRunningSince"),
                datum(p, "correctionsDueOn"), datum(d.path("advice"), "adoptedOn"),
                datum(d.path("advice"), "chairSignedOn"), datum(d.path("advice"), "secretarySignedOn"), werkgevers);
    }

    public boolean secretaris() {
        return "SECRETARIS".equals(as);
    }

    /** The chair of this case (its recorded seat, not a token claim). */
    public boolean voorzitter() {
        return "VOORZITTER".equals(as);
    }

    /** Art 9.4: the secretary confirms the receipt of a filed klaagschrift once. */
    public boolean ontvangstBevestigen() {
        return secretaris() && "INGEDIEND".equals(status);
    }

    /** Art 9.3: after receipt and before admissibility the commission asks for what is missing. */
    public boolean aanvullingVragen() {
        return "ONTVANGEN".equals(status);
    }

    /** Art 7.4, 11.4: who sits is settled before the advice; offered while nobody sits or a seat must be filled again. */
    public boolean samenstellen() {
        return VOOR_HET_ADVIES.contains(status) && (!samengesteld || adHocNodig);
    }

    /** Art 10.1: the chair of the case, once composed, decides after receipt (inadmissible also while completing). */
    public boolean ontvankelijkheid() {
        return voorzitter() && ("ONTVANGEN".equals(status) || "AANVULLING_GEVRAAGD".equals(status));
    }

    /** Art 10.1: admissibility waits for the composition; said to the commission while it is missing. */
    public boolean ontvankelijkheidWachtOpSamenstelling() {
        return !samengesteld && ("ONTVANGEN".equals(status) || "AANVULLING_GEVRAAGD".equals(status));
    }

    /** Art 11.1: a hearing for an admissible complaint, before the fact overview; the composition first (11.4). */
    public boolean hoorzittingPlannen() {
        return samengesteld && !adHocNodig
                && Set.of("ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD").contains(status);
    }

    private static final Set<String> BEMIDDELBAAR = Set.of("ONTVANGEN", "ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD",
            "FEITENOVERZICHT");

    /**
     * Domain.md §10.2: after admissibility the commission names another person to decide for an employer that has not
     * decided, from the people a name search in that employer's staff list finds (the secretary and the chair search).
     */
    public List<Werkgever> beslisserWijzigen() {
        if (!(secretaris() || voorzitter()) || !Boolean.TRUE.equals(admissible())) {
            return List.of();
        }
        return werkgeverRijen.stream().filter(w -> w.besloten() == null && w.tenant() != null
                && aangeklaagden.stream().anyMatch(a -> w.tenant().equals(a.werkgever()))).toList();
    }

    /** Whether the complaint was declared admissible: its accused are linked and their employers known. */
    public Boolean admissible() {
        return Set.of("ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT", "ADVIES_VASTGESTELD",
                "ADVIES_UITGEBRACHT").contains(status);
    }

    /** The accused employed by {@code werkgever}: their searches find the people who may decide for it. */
    public List<Aangeklaagde> aangeklaagdenBij(String werkgever) {
        return aangeklaagden.stream().filter(a -> werkgever != null && werkgever.equals(a.werkgever())).toList();
    }

    /** The first accused employed by {@code werkgever}, whose search offers the people of that staff list. */
    public Aangeklaagde eersteAangeklaagdeBij(String werkgever) {
        return aangeklaagdenBij(werkgever).stream().findFirst().orElse(null);
    }

    /** Filed and not yet advised: objections, requests and releases can wait for a decision. */
    public boolean lopend() {
        return VOOR_HET_ADVIES.contains(status);
    }

    /** Art 10.3: the secretary releases the complainant's documents to the accused, from admissibility on. */
    public boolean vrijgeven() {
        return Set.of("ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT").contains(status);
    }

    /** The name of a member of the case, for an objection against them. */
    public String naamVan(UUID persoon) {
        return zetels.stream().filter(z -> z.persoonId() != null && z.persoonId().equals(persoon)).map(Zitting::naam)
                .filter(n -> n != null).findFirst().orElse("-");
    }

    /** Art 11.2, 11.7: a hearing or on-site report follows a planned hearing, before the fact overview. */
    public boolean verslagToevoegen() {
        return "HOORZITTING_GEPLAND".equals(status) || "GEHOORD".equals(status);
    }

    /** Art 12.1: the fact overview follows the hearing reports. */
    public boolean feitenoverzichtSturen() {
        return "GEHOORD".equals(status);
    }

    /** Art 12.3: a new reasonable advice term, for an admissible complaint before the advice. */
    public boolean nieuweAdviestermijn() {
        return Set.of("ONTVANKELIJK", "HOORZITTING_GEPLAND", "GEHOORD", "FEITENOVERZICHT").contains(status);
    }

    /** Art 10.1, 11.1: mediation is explored while the commission still decides or investigates. */
    public boolean bemiddelingStarten() {
        return BEMIDDELBAAR.contains(status) && bemiddelingSinds == null;
    }

    /** A running mediation fails, or ends the complaint (with the complainant's consent, klacht-service checks). */
    public boolean bemiddelingLoopt() {
        return VOOR_HET_ADVIES.contains(status) && bemiddelingSinds != null;
    }

    /** Art 12.1, 12.5, 12.7: the vote on the advice after the parties could correct the fact overview. */
    public boolean adviesVaststellen() {
        return "FEITENOVERZICHT".equals(status);
    }

    /** Art 12.5: chair and secretary each sign the adopted advice once; both signatures send it (12.2). */
    public boolean ondertekenen() {
        return "ADVIES_VASTGESTELD".equals(status)
                && ((voorzitter() && voorzitterTekendeOp == null) || (secretaris() && secretarisTekendeOp == null));
    }

    /**
     * Art 7.8: the commission records that a member who sits may be involved, until the advice; the chair of the
     * case (the deputy chair for the chair) then decides as on a party's objection.
     */
    public boolean betrokkenheidVastleggen() {
        return !zittend().isEmpty() && VOOR_HET_ADVIES.contains(status);
    }

    /** The members who vote on the advice: every seat of the case that is not replaced (art 12.7). */
    public List<Zitting> stemmers() {
        return zittend();
    }

    /** The members of the case who may take part in the admissibility decision with its chair (art 10.1). */
    public List<Zitting> leden() {
        return zetels.stream().filter(Zitting::lid).toList();
    }

    public List<Zitting> zittend() {
        return zetels.stream().filter(z -> !"UITGESLOTEN".equals(z.zetel())).toList();
    }

    /** The employers that receive the advice on an admissible complaint: each accused's (domain.md §10.2). */
    public List<String> werkgevers() {
        Set<String> w = new LinkedHashSet<>();
        aangeklaagden.forEach(a -> {
            if (a.werkgever() != null) {
                w.add(a.werkgever());
            }
        });
        return List.copyOf(w);
    }

    public boolean heeftOntbrekend() {
        return !ontbreekt.isEmpty();
    }

    private static String tekst(JsonNode n, String veld) {
        JsonNode v = n.path(veld);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(JsonNode n, String veld) {
        String t = tekst(n, veld);
        try {
            return t == null ? null : UUID.fromString(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static java.time.LocalTime tijd(JsonNode n, String veld) {
        String t = tekst(n, veld);
        try {
            return t == null ? null : java.time.LocalTime.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate datum(JsonNode n, String veld) {
        String t = tekst(n, veld);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
