package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.List;

import jakarta.ws.rs.ProcessingException;

import nl.tweedekamer.meldpunt.portaal.klacht.CommissieZaak;
import nl.tweedekamer.meldpunt.portaal.melding.Probleem;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;
import nl.tweedekamer.meldpunt.portaal.taal.CommissieMsg;

/**
 * What klacht-service's refusal of a commission's step means, in words and at the field it concerns: its problem
 * {@code type} (each a rule with its article) and {@code errors} (the body's fields) become a sentence a person
 * understands; a 409 says why the step cannot be taken now; an unreachable service says nothing was recorded.
 */
final class CommissieFouten {

    private static final String PROBLEMEN = "https://meldpunt.tweedekamer.nl/problems/";

    /** The commission's steps, each with the form field a refusal about it lands at by default. */
    enum Stap {
        ONTVANGST(null), AANVULLING("cie-aanvulling"), SAMENSTELLING("cie-voorzitter"),
        ONTVANKELIJKHEID("cie-beslissing"), HOORZITTING("cie-datum"), VERSLAG("cie-verslag"),
        FEITENOVERZICHT("cie-feiten"), ADVIESTERMIJN("cie-adviestermijn"), BEMIDDELING("cie-bemiddeling-actie"),
        ADVIES("cie-advies"), ONDERTEKENING(null), VRIJGAVE(null), KOPIE(null), BEZWAAR(null), VERZOEK(null),
        BESLISSER(null), BETROKKENHEID("cie-betrokken-reden");

        final String veld;

        Stap(String veld) {
            this.veld = veld;
        }
    }

    private CommissieFouten() {
    }

    /** Adds the refusal to {@code fouten}; answers the page's status (503 unreachable, else the refusal's). */
    static int vertaal(RuntimeException fout, Stap stap, CommissieMsg msg, CommissieZaak zaak, Fouten fouten) {
        if (fout instanceof ProcessingException || !(fout instanceof Weigering w)) {
            fouten.algemeen(msg.foutDienstWeg());
            return 503;
        }
        if (w.status() >= 500) {
            fouten.algemeen(msg.foutDienstWeg());
            return 503;
        }
        if (w.status() == 413 || w.status() == 415) {
            fouten.algemeen(w.status() == 413 ? msg.foutKopieGroot() : msg.foutKopieSoort());
            return 422;
        }
        Probleem p = w.probleem().orElse(null);
        String type = p == null || p.type() == null ? "" : p.type().replace(PROBLEMEN, "");
        switch (w.status()) {
            case 403 -> fouten.algemeen(switch (stap) {
                case ONTVANGST -> msg.foutAlleenSecretaris();
                case ONDERTEKENING -> msg.foutAlleenVoorzitterEnSecretaris();
                case VRIJGAVE, KOPIE -> msg.foutAlleenSecretarisVrijgave();
                case BEZWAAR -> msg.foutAlleenVoorzitterBezwaar();
                case ONTVANKELIJKHEID -> msg.foutAlleenVoorzitter();
                default -> msg.foutAlleenCommissie();
            });
            case 409 -> fouten.algemeen(conflict(stap, p, msg));
            default -> perType(type, stap, p, msg, zaak, fouten);
        }
        if (!fouten.aanwezig()) {
            fouten.algemeen(msg.foutOnbekend());
        }
        return w.status() == 409 ? 409 : w.status() == 403 ? 403 : 422;
    }

    private static void perType(String type, Stap stap, Probleem p, CommissieMsg msg, CommissieZaak zaak,
            Fouten fouten) {
        switch (type) {
            case "niet-op-rooster" -> fouten.veld(eersteAangeklaagde(zaak, "cie-persoon-", stap), anker(zaak, stap),
                    msg.foutNietOpRooster());
            case "geen-lid-van-zaak" -> fouten.veld(stap == Stap.BETROKKENHEID ? "cie-betrokken-lid" : "cie-leden",
                    msg.foutGeenLidVanZaak());
            case "aanvullingstermijn-loopt" -> fouten.veld("cie-gronden", msg.foutAanvullingstermijnLoopt());
            case "beslisser-is-partij" -> fouten.algemeen(msg.foutBeslisserIsPartij());
            case "geen-beslisser" -> fouten.algemeen(msg.foutGeenBeslisser());
            case "geen-zetel-in-commissie" -> fouten.veld("cie-voorzitter", msg.foutGeenZetel());
            case "zijde-dubbel-bezet", "zijde-onbezet" -> fouten.veld("cie-lid-ambtelijk", msg.foutZijde());
            case "lid-betrokken" -> fouten.veld("cie-voorzitter", msg.foutLidBetrokken());
            case "bijlage-niet-vrijgegeven" -> fouten.algemeen(msg.foutBijlageNietVrijgegeven());
            case "apart-horen" -> fouten.veld("cie-samen", msg.foutApartHoren());
            case "stap-niet-toegestaan" -> fouten.algemeen(stap == Stap.ADVIES ? msg.foutNietAangenomen() : msg.foutStapNu());
            case "correctietermijn-loopt" -> fouten.algemeen(msg.foutCorrectietermijnLoopt());
            case "instemming-klager-ontbreekt" -> fouten.veld("cie-bemiddeling-actie", msg.foutInstemmingOntbreekt());
            default -> perVeld(stap, p, msg, fouten);
        }
    }

    /** A 400 names the body's fields: each said at the form's field. */
    private static void perVeld(Stap stap, Probleem p, CommissieMsg msg, Fouten fouten) {
        List<Probleem.VeldFout> velden = p == null ? List.of() : p.veldFouten();
        for (Probleem.VeldFout f : velden) {
            String veld = f.field() == null ? "" : f.field();
            switch (veld) {
                case "text" -> fouten.veld(stap.veld == null ? "cie-aanvulling" : stap.veld, msg.foutTekstLeeg());
                case "reasons" -> fouten.veld("cie-motivering", msg.foutMotiveringLeeg());
                case "grounds" -> fouten.veld("cie-gronden", msg.foutGrondenOnjuist());
                case "memberIds" -> fouten.veld(stap == Stap.SAMENSTELLING ? "cie-lid-ambtelijk" : "cie-leden",
                        stap == Stap.SAMENSTELLING ? msg.foutZijde() : msg.foutKiesLeden());
                case "chairId" -> fouten.veld("cie-voorzitter", msg.foutKiesVoorzitter());
                case "hearingOn" -> fouten.veld("cie-datum", msg.foutDatumOnleesbaar());
                case "documentsDueOn" -> fouten.veld("cie-stukken", msg.foutStukkenNaHoorzitting());
                case "location" -> fouten.veld("cie-plaats", msg.foutPlaatsLang(CommissieStappen.PLAATS_MAX));
                case "mediationExplored" -> fouten.veld("cie-bemiddeling", msg.foutKiesBemiddeling());
                case "correctionsDueOn" -> fouten.veld("cie-correcties", msg.foutNaVandaag());
                case "newDueOn" -> fouten.veld("cie-adviestermijn", msg.foutNaVandaag());
                case "minorityPosition" -> fouten.veld("cie-minderheid", msg.foutMinderheidLeeg());
                case "weightyReasons" -> fouten.veld("cie-zwaarwegend", msg.foutZwaarwegendLeeg());
                case "votes" -> fouten.algemeen(msg.foutStemmen());
                case "deciders" -> fouten.algemeen(msg.foutBeslisserIsPartij());
                default -> {
                    if (veld.startsWith("accusedLinks")) {
                        fouten.algemeen(msg.foutNietOpRooster());
                    }
                }
            }
        }
    }

    private static String conflict(Stap stap, Probleem p, CommissieMsg msg) {
        String detail = p == null || p.detail() == null ? "" : p.detail();
        return switch (stap) {
            case ONTVANGST -> msg.conflictOntvangst();
            case AANVULLING -> msg.conflictAanvulling();
            case SAMENSTELLING -> detail.contains("vacant") ? msg.conflictZetelVacant() : msg.conflictSamenstelling();
            case ONTVANKELIJKHEID -> detail.contains("samenstelling") || detail.contains("composed")
                    ? msg.conflictNietSamengesteld() : detail.contains("9.1") || detail.contains("complete")
                            ? msg.conflictOnvolledig() : msg.conflictOntvankelijkheid();
            case HOORZITTING -> detail.contains("ad-hoc") ? msg.conflictAdHoc() : msg.conflictHoorzitting();
            case VERSLAG, FEITENOVERZICHT, ADVIESTERMIJN, ADVIES -> msg.foutStapNu();
            case BEMIDDELING -> msg.conflictBemiddeling();
            case ONDERTEKENING -> msg.conflictOndertekening();
            case VRIJGAVE, KOPIE -> msg.conflictVrijgave();
            case BEZWAAR -> msg.conflictBezwaar();
            case BETROKKENHEID -> msg.conflictBetrokkenheid();
            case VERZOEK -> msg.conflictVerzoek();
            case BESLISSER -> msg.conflictBeslisser();
        };
    }

    private static String eersteAangeklaagde(CommissieZaak zaak, String voorvoegsel, Stap stap) {
        if (zaak == null || zaak.aangeklaagden().isEmpty()) {
            return stap.veld == null ? "cie-beslissing" : stap.veld;
        }
        return voorvoegsel + zaak.aangeklaagden().get(0).id();
    }

    private static String anker(CommissieZaak zaak, Stap stap) {
        return eersteAangeklaagde(zaak, "cie-naam-", stap);
    }
}
