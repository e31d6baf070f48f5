package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;

import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.Msg;

/**
 * Turns what melding-service refused (problem+json) into readable Dutch (or English) next to the field it concerns.
 * Each form lists its fields: the service's field name, the form's field and control, and the words for what the
 * service said about it. What concerns no field of the form goes to the summary only.
 */
public final class Foutmeldingen {

    /** A field of a form: {@code dienstVeld} as melding-service names it in a problem's {@code errors}. */
    public record Veld(String dienstVeld, String veld, String anker, Function<String, String> tekst) {
    }

    private Foutmeldingen() {
    }

    /** The fields of the anonymous melding form, in the order of the form. */
    public static List<Veld> anoniemeMelding(Msg msg) {
        return List.of(
                new Veld("vertrouwenspersoonId", "vertrouwenspersoon", "vertrouwenspersoon", m -> msg.foutVp()),
                new Veld("tenantId", "vertrouwenspersoon", "vertrouwenspersoon", m -> msg.foutVp()),
                new Veld("kind", "soort", "soort-ONGEWENSTE_OMGANGSVORMEN", m -> msg.foutSoort()),
                new Veld("category", "categorie", "categorie-INTIMIDATIE",
                        m -> m != null && m.contains("only") ? msg.foutCategorieNiet() : msg.foutCategorie()),
                new Veld("relation", "relatie", "relatie-COLLEGA", m -> msg.foutRelatie()),
                new Veld("department", "afdeling", "afdeling", m -> msg.foutAfdeling()),
                new Veld("description", "beschrijving", "beschrijving",
                        m -> teLang(m) ? msg.foutBeschrijvingLang() : msg.foutBeschrijving()));
    }

    /** The named melding form: the anonymous one's fields, and how the melder may be reached. */
    public static List<Veld> nieuweMelding(Msg msg) {
        List<Veld> velden = new java.util.ArrayList<>(anoniemeMelding(msg));
        velden.add(new Veld("identity.name", "naam", "naam", m -> msg.foutNaamLang()));
        velden.add(new Veld("identity.email", "email", "email", m -> msg.foutEmail()));
        velden.add(new Veld("identity.phone", "telefoon", "telefoon", m -> msg.foutTelefoon()));
        return velden;
    }

    /** The message field of a melding's page. */
    public static List<Veld> bericht(Msg msg) {
        return List.of(new Veld("text", "bericht", "bericht",
                m -> teLang(m) ? msg.foutAntwoordLang() : msg.foutAntwoord()));
    }

    /** The vertrouwenspersoon's intervention form. */
    public static List<Veld> interventie(Msg msg) {
        return List.of(new Veld("kind", "interventie", "interventie-GEHOORD", m -> msg.foutInterventie()),
                new Veld("hours", "uren", "uren", m -> msg.foutUren()),
                new Veld("note", "notitie", "notitie", m -> msg.foutNotitieLang()));
    }

    /** The vertrouwenspersoon's closure form. */
    public static List<Veld> sluiting(Msg msg) {
        return List.of(new Veld("outcome", "uitkomst", "uitkomst-OPGELOST", m -> msg.foutUitkomst()),
                new Veld("confirmation", "bevestiging", "bevestiging",
                        m -> teLang(m) ? msg.foutAntwoordLang() : msg.foutBevestiging()));
    }

    /** The reply field of the return page. */
    public static List<Veld> antwoord(Msg msg) {
        return List.of(new Veld("text", "antwoord", "antwoord",
                m -> teLang(m) ? msg.foutAntwoordLang() : msg.foutAntwoord()));
    }

    /**
     * What a failed call means to the person. {@code codeVeld}: the form field holding the receipt code, for the
     * refusals that mean "no mailbox opens with this code" (404), or null where the code is not typed in.
     */
    public static Fouten vertaal(RuntimeException fout, List<Veld> velden, String codeVeld, Msg msg) {
        Fouten fouten = new Fouten();
        if (fout instanceof ProcessingException) {
            // connection refused or timed out: nothing was sent, the text is still in the form
            return fouten.algemeen(msg.foutNietBereikbaar());
        }
        if (!(fout instanceof Weigering weigering)) {
            return fouten.algemeen(msg.foutAlgemeen());
        }
        switch (weigering.status()) {
            case 429 -> {
                long seconden = weigering.wachtSeconden().orElse(900L);
                long minuten = Math.max(1, (seconden + 59) / 60);
                return fouten.algemeen(msg.foutTeVaak(Long.toString(minuten)));
            }
            case 404 -> {
                if (codeVeld != null) {
                    return fouten.veld(codeVeld, msg.foutCodeOnbekend());
                }
                return fouten.algemeen(msg.foutOrganisatie());
            }
            case 409 -> {
                return fouten.algemeen(conflict(weigering, msg));
            }
            case 400, 413, 422 -> {
                List<Probleem.VeldFout> gemeld = weigering.probleem().map(Probleem::veldFouten).orElse(List.of());
                for (Veld veld : velden) {
                    for (Probleem.VeldFout f : gemeld) {
                        if (veld.dienstVeld().equals(f.field())) {
                            fouten.veld(veld.veld(), veld.anker(), veld.tekst().apply(f.message()));
                        }
                    }
                }
                if (!fouten.aanwezig()) {
                    fouten.algemeen(msg.foutAlgemeen());
                }
                return fouten;
            }
            default -> {
                return fouten.algemeen(weigering.status() >= 500 ? msg.foutNietBereikbaar() : msg.foutAlgemeen());
            }
        }
    }

    /** A step the melding's state does not allow (yet), by the problem's title. */
    private static String conflict(Weigering weigering, Msg msg) {
        String titel = weigering.probleem().map(Probleem::title).orElse("");
        return switch (titel) {
            case "File closed" -> msg.foutAfgesloten();
            case "No consent of the melder" -> msg.foutGeenToestemming();
            case "Already handed over" -> msg.foutAlOvergedragen();
            case "Anonymous melding" -> msg.foutAnoniemOverdragen();
            case "Organisation offboarded" -> msg.foutOrganisatie();
            default -> msg.foutStapNietMogelijk();
        };
    }

    private static boolean teLang(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("size");
    }
}
