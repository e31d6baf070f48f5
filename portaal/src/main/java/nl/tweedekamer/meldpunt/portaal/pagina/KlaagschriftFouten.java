package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;

import nl.tweedekamer.meldpunt.portaal.klacht.KlaagschriftStap;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.KlaagschriftMsg;

/**
 * What klacht-service refused about a klaagschrift, in words next to the field of the wizard it concerns: its
 * {@code errors} name the fields of its klaagschrift ({@code complainant.email}, {@code accused[0].relation}), which
 * the steps ask under their own names. On the check page a field of a step becomes a line that links to that part.
 */
final class KlaagschriftFouten {

    static final String KAMERLID_KLAGER = "https://meldpunt.tweedekamer.nl/problems/kamerlid-klager";
    static final String KAMERLID = "https://meldpunt.tweedekamer.nl/problems/kamerlid";
    static final String BUITEN_REGELING = "https://meldpunt.tweedekamer.nl/problems/buiten-regeling";
    static final String GEEN_VERKLARING = "https://meldpunt.tweedekamer.nl/problems/geen-verklaring";

    private static final Pattern AANGEKLAAGDE = Pattern.compile("accused\\[(\\d+)\\]\\.(name|function|relation|employerTenantId)");

    private KlaagschriftFouten() {
    }

    /** The wizard's field for klacht-service's field, or null when the form has none. */
    static String veld(String dienstVeld) {
        if (dienstVeld == null) {
            return null;
        }
        Matcher m = AANGEKLAAGDE.matcher(dienstVeld);
        if (m.matches()) {
            String deel = switch (m.group(2)) {
                case "name" -> "naam";
                case "function" -> "functie";
                case "relation" -> "relatie";
                default -> "werkgever";
            };
            return "aangeklaagde-" + m.group(1) + "-" + deel;
        }
        return switch (dienstVeld) {
            case "category" -> "categorie";
            case "behaviour" -> "gedrag";
            case "place" -> "plaats";
            case "when" -> "wanneer";
            case "firstBehaviourOn" -> "eersteDatum";
            case "latestBehaviourOn" -> "laatsteDatum";
            case "witnesses" -> "getuigen";
            case "complainant.name" -> "naam";
            case "complainant.address" -> "adres";
            case "complainant.function" -> "functie";
            case "complainant.email" -> "email";
            case "accused" -> "aangeklaagde-0-naam";
            case "stepsTaken" -> "stappen";
            case "name", "signedOn" -> "ondertekening";
            default -> null;
        };
    }

    /** The step on whose page a wizard field is asked. */
    static KlaagschriftStap stap(String veld) {
        if (veld.startsWith("aangeklaagde-")) {
            return KlaagschriftStap.AANGEKLAAGDE;
        }
        return switch (veld) {
            case "categorie" -> KlaagschriftStap.SOORT;
            case "gedrag" -> KlaagschriftStap.GEBEURD;
            case "plaats", "wanneer", "eersteDatum", "laatsteDatum" -> KlaagschriftStap.WAAR_EN_WANNEER;
            case "getuigen" -> KlaagschriftStap.GETUIGEN;
            case "naam", "adres", "functie", "email" -> KlaagschriftStap.KLAGER;
            case "stappen" -> KlaagschriftStap.STAPPEN;
            default -> null;
        };
    }

    /** Words for what klacht-service said about one field. */
    static String tekst(String veld, String melding, KlaagschriftMsg ks) {
        String m = melding == null ? "" : melding.toLowerCase(Locale.ROOT);
        if (m.contains("size") || m.contains("length")) {
            return ks.foutTeLang();
        }
        if (veld.endsWith("email")) {
            return ks.foutEmail();
        }
        if (veld.endsWith("-relatie")) {
            return m.contains("civil service") ? ks.foutRelatieAmbtelijk() : ks.foutRelatieFractie();
        }
        if (veld.endsWith("-werkgever")) {
            return m.contains("registered") ? ks.foutWerkgeverOnbekend() : ks.foutWerkgever();
        }
        if (veld.endsWith("-naam")) {
            return ks.foutAangeklaagdeNaam();
        }
        return switch (veld) {
            case "laatsteDatum" -> ks.foutLaatsteDatumNaIndienen();
            case "eersteDatum" -> ks.foutEersteNaLaatste();
            case "ondertekening" -> m.contains("signedon") || m.contains("dated") ? ks.foutOndertekeningDatum()
                    : ks.foutOndertekening();
            case "categorie" -> ks.foutCategorie();
            default -> ks.foutVeld();
        };
    }

    /**
     * A refused save or filing. {@code opControle}: on the check page, where each field of a step becomes a line
     * linking to that step's part ({@code #deel-<pad>}).
     */
    static Fouten vertaal(RuntimeException fout, boolean opControle, KlaagschriftMsg ks) {
        Fouten fouten = new Fouten();
        if (fout instanceof ProcessingException || fout instanceof Weigering w && w.status() >= 500) {
            return fouten.algemeen(opControle ? ks.foutNietBereikbaarIndienen() : ks.foutNietBereikbaar());
        }
        if (!(fout instanceof Weigering weigering)) {
            return fouten.algemeen(ks.foutAlgemeen());
        }
        String type = weigering.probleem().map(Probleem::type).orElse("");
        switch (weigering.status()) {
            case 409 -> {
                return fouten.algemeen(ks.foutAlIngediend());
            }
            case 413 -> {
                return fouten.algemeen(ks.foutTeGroot());
            }
            default -> {
            }
        }
        switch (type) {
            case KAMERLID_KLAGER -> {
                return fouten.algemeen(ks.foutKamerlidKlager());
            }
            case KAMERLID -> {
                return fouten.veld("aangeklaagde", opControle ? "deel-aangeklaagde" : "aangeklaagde-0-naam",
                        ks.foutOverKamerlid());
            }
            case BUITEN_REGELING -> {
                return fouten.veld("aangeklaagde", opControle ? "deel-aangeklaagde" : "aangeklaagde-0-naam",
                        ks.foutBuitenRegeling());
            }
            case GEEN_VERKLARING -> {
                String detail = weigering.probleem().map(Probleem::detail).orElse("");
                return fouten.algemeen(detail.contains("your organisation") ? ks.foutGeenVerklaringEigen()
                        : detail.contains("offboarded") ? ks.foutOrganisatieVertrekt() : ks.foutGeenVerklaringWerkgever());
            }
            default -> {
            }
        }
        List<Probleem.VeldFout> gemeld = weigering.probleem().map(Probleem::veldFouten).orElse(List.of());
        for (Probleem.VeldFout f : gemeld) {
            String veld = veld(f.field());
            if (veld == null) {
                continue;
            }
            String tekst = tekst(veld, f.message(), ks);
            KlaagschriftStap stap = stap(veld);
            if (opControle && stap != null) {
                fouten.veld(veld, "deel-" + stap.pad(), tekst);
            } else {
                fouten.veld(veld, anker(veld), tekst);
            }
        }
        if (!fouten.aanwezig()) {
            fouten.algemeen(ks.foutAlgemeen());
        }
        return fouten;
    }

    /** The control a field's line in the summary links to (a group of radio buttons: its first). */
    static String anker(String veld) {
        if ("categorie".equals(veld)) {
            return "categorie-INTIMIDATIE";
        }
        return veld;
    }
}
