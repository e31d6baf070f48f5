package nl.tweedekamer.meldpunt.portaal.pagina;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;

/**
 * The questions both melding forms ask, anonymous and named: the vertrouwenspersoon (as {@code organisation/personId}),
 * what it is about, the kind of behaviour and who did it (only for unwanted behaviour, domain.md §3), and what
 * happened. The choices are explained in words (the message bundle), never shown as codes. The portal checks the
 * obvious slips itself, so that an anonymous send is not used up on them.
 */
public final class MeldingVragen {

    static final List<String> SOORTEN = List.of("ONGEWENSTE_OMGANGSVORMEN", "INTEGRITEITSVRAAG", "ADVIESVRAAG",
            "NIET_GEHOORD_DOOR_LEIDINGGEVENDE");
    static final List<String> CATEGORIEEN = List.of("INTIMIDATIE", "SEKSUELE_INTIMIDATIE", "AGRESSIE_EN_GEWELD",
            "DISCRIMINATIE", "EXTREMISME", "STALKEN", "PESTEN");
    static final List<String> RELATIES = List.of("COLLEGA", "LEIDINGGEVENDE", "KAMERLID", "EXTERN");
    static final String ONGEWENST_GEDRAG = "ONGEWENSTE_OMGANGSVORMEN";
    static final int MAX_TEKST = 20000;

    private MeldingVragen() {
    }

    /** What the form holds, kept when it comes back with errors so nothing typed is lost. */
    public record Invoer(String vertrouwenspersoon, String soort, String categorie, String relatie, String afdeling,
            String beschrijving) {
        static Invoer leeg() {
            return new Invoer(null, null, null, null, null, null);
        }

        static Invoer van(String vertrouwenspersoon, String soort, String categorie, String relatie, String afdeling,
                String beschrijving) {
            return new Invoer(schoon(vertrouwenspersoon), schoon(soort), schoon(categorie), schoon(relatie),
                    schoon(afdeling), beschrijving);
        }

        /** The department's code for melding-service, or null: the melder does not know or would rather not say. */
        String afdelingVoorDienst() {
            return afdeling == null ? null : afdeling.split("/", 2)[1];
        }

        boolean gedrag() {
            return ONGEWENST_GEDRAG.equals(soort);
        }

        String organisatie() {
            return vertrouwenspersoon.split("/", 2)[0];
        }

        UUID vertrouwenspersoonId() {
            return UUID.fromString(vertrouwenspersoon.split("/", 2)[1]);
        }

        /** Category and relation are asked only for unwanted behaviour; otherwise nothing is sent. */
        String categorieVoorDienst() {
            return gedrag() ? categorie : null;
        }

        String relatieVoorDienst() {
            return gedrag() ? relatie : null;
        }
    }

    @TemplateData
    public record VpGroep(String naam, List<VpOptie> opties) {
    }

    @TemplateData
    public record VpOptie(String waarde, String naam, boolean eigen, boolean gekozen, LocalDate afwezigTot) {
    }

    /** The departments of one organisation, for the department question (values {@code organisation/CODE}). */
    @TemplateData
    public record AfdelingGroep(String naam, List<AfdelingOptie> opties) {
    }

    @TemplateData
    public record AfdelingOptie(String waarde, String naam, boolean gekozen) {
    }

    /** {@code organisaties}: those whose vertrouwenspersonen and departments the form offers. */
    static Fouten controleer(Invoer invoer, List<Organisatie> organisaties, Msg msg) {
        Fouten fouten = new Fouten();
        String vp = invoer.vertrouwenspersoon();
        if (vp == null || !vp.matches("[a-z0-9-]{1,64}/[0-9a-fA-F-]{36}")) {
            fouten.veld("vertrouwenspersoon", msg.foutVp());
        }
        if (invoer.soort() == null || !SOORTEN.contains(invoer.soort())) {
            fouten.veld("soort", "soort-" + SOORTEN.get(0), msg.foutSoort());
        } else if (invoer.gedrag()) {
            if (invoer.categorie() == null || !CATEGORIEEN.contains(invoer.categorie())) {
                fouten.veld("categorie", "categorie-" + CATEGORIEEN.get(0), msg.foutCategorie());
            }
            if (invoer.relatie() == null || !RELATIES.contains(invoer.relatie())) {
                fouten.veld("relatie", "relatie-" + RELATIES.get(0), msg.foutRelatie());
            }
        }
        if (invoer.afdeling() != null && !fouten.heeft("vertrouwenspersoon")) {
            String[] keuze = invoer.afdeling().split("/", 2);
            boolean vanDezelfde = keuze.length == 2 && keuze[0].equals(invoer.organisatie());
            if (!vanDezelfde || organisaties.stream().noneMatch(o -> o.id().equals(keuze[0]) && o.heeftAfdeling(keuze[1]))) {
                fouten.veld("afdeling", msg.foutAfdeling());
            }
        }
        if (invoer.beschrijving() == null || invoer.beschrijving().isBlank()) {
            fouten.veld("beschrijving", msg.foutBeschrijving());
        } else if (invoer.beschrijving().length() > MAX_TEKST) {
            fouten.veld("beschrijving", msg.foutBeschrijvingLang());
        }
        return fouten;
    }

    /** The form's questions, filled in with what was typed; {@code organisaties}: whose VPs may be chosen. */
    static TemplateInstance vul(TemplateInstance pagina, Invoer invoer, List<Organisatie> organisaties) {
        List<VpGroep> groepen = organisaties.stream()
                .map(o -> new VpGroep(o.naam(), o.vertrouwenspersonen().stream().map(v -> {
                    String waarde = o.id() + "/" + v.personId();
                    return new VpOptie(waarde, v.name(), v.eigen(), waarde.equals(invoer.vertrouwenspersoon()),
                            v.absentUntil());
                }).toList()))
                .filter(g -> !g.opties().isEmpty())
                .toList();
        List<AfdelingGroep> afdelingen = organisaties.stream().filter(o -> !o.afdelingen().isEmpty())
                .map(o -> new AfdelingGroep(o.naam(), o.afdelingen().stream().map(a -> {
                    String waarde = o.id() + "/" + a.code();
                    return new AfdelingOptie(waarde, a.name(), waarde.equals(invoer.afdeling()));
                }).toList()))
                .toList();
        return pagina.data("groepen", groepen).data("afdelingGroepen", afdelingen)
                .data("soorten", keuzes("soort", SOORTEN, invoer.soort()))
                .data("categorieen", keuzes("categorie", CATEGORIEEN, invoer.categorie()))
                .data("relaties", keuzes("relatie", RELATIES, invoer.relatie()))
                .data("beschrijving", invoer.beschrijving());
    }

    static List<Keuze> keuzes(String soort, List<String> waarden, String gekozen) {
        return waarden.stream().map(w -> new Keuze(w, soort + w, w.equals(gekozen))).toList();
    }

    static String schoon(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
