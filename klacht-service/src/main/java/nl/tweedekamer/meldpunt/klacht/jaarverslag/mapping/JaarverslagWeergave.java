package nl.tweedekamer.meldpunt.klacht.jaarverslag.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.klacht.jaarverslag.service.Jaarverslag;
import nl.tweedekamer.meldpunt.klacht.jaarverslag.service.Jaarverslag.Cijfers;
import nl.tweedekamer.meldpunt.klacht.jaarverslag.service.Jaarverslag.Editie;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen;

/**
 * The printable annual report (templates/jaarverslag.html), in Dutch: the same figures as the JSON, with labels.
 * It is built from the report's shown figures only, so it cannot say more than the JSON does.
 */
public final class JaarverslagWeergave {

    @TemplateData
    public record Regel(String label, String value) {
    }

    @TemplateData
    public record Tabel(String caption, List<Regel> rows, String total) {
    }

    @TemplateData
    public record Sectie(String heading, List<Tabel> tables) {
    }

    @TemplateData
    public record Pagina(String title, String edition, String period, List<Sectie> sections, String small) {
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("INTIMIDATIE", "Intimidatie"),
            Map.entry("SEKSUELE_INTIMIDATIE", "Seksuele intimidatie"),
            Map.entry("AGRESSIE_EN_GEWELD", "Agressie en geweld"),
            Map.entry("DISCRIMINATIE", "Discriminatie"),
            Map.entry("EXTREMISME", "Extremisme"),
            Map.entry("STALKEN", "Stalken"),
            Map.entry("PESTEN", "Pesten of treiteren"),
            Map.entry("INTIMIDATIE_EN_STALKEN", "Intimidatie, seksuele intimidatie en stalken"),
            Map.entry("AGRESSIE_GEWELD_EN_EXTREMISME", "Agressie, geweld en extremisme"),
            Map.entry("PESTEN_EN_DISCRIMINATIE", "Pesten, treiteren en discriminatie"),
            Map.entry("NIET_ONTVANKELIJK", "Niet-ontvankelijk (art. 10 lid 4)"),
            Map.entry("PREVENTIEF", "Preventief advies"),
            Map.entry("CORRECTIEF", "Correctief advies"),
            Map.entry("PREVENTIEF_EN_CORRECTIEF", "Preventief en correctief advies"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private JaarverslagWeergave() {
    }

    public static Pagina of(Jaarverslag.WerkgeverVerslag r) {
        return new Pagina(title(r.year()) + " — " + r.organisation(), edition(r.edition()), period(r.from(), r.to()),
                List.of(section(r.organisation(), r.cijfers())), KleineAantallen.SMALL);
    }

    public static Pagina of(Jaarverslag.CommissieVerslag r) {
        List<Sectie> sections = new ArrayList<>();
        sections.add(section("Alle werkgevers samen (elke klacht één keer geteld)", r.overall()));
        r.employers().forEach(e -> sections.add(section(e.organisation(), e.cijfers())));
        return new Pagina(title(r.year()), edition(r.edition()), period(r.from(), r.to()), sections,
                KleineAantallen.SMALL);
    }

    private static Sectie section(String heading, Cijfers c) {
        return new Sectie(heading, List.of(
                table("Ontvangen klachten naar aard", c.klachtenOntvangen()),
                table("Gegeven adviezen", c.adviezenGegeven())));
    }

    private static Tabel table(String caption, KleineAantallen.Telling t) {
        List<Regel> rows = new ArrayList<>();
        t.counts().forEach((key, value) -> rows.add(new Regel(LABELS.getOrDefault(key, key), value)));
        return new Tabel(caption, rows, t.total());
    }

    private static String title(int year) {
        return "Jaarverslag klachtencommissie ongewenste omgangsvormen " + year;
    }

    private static String edition(Editie edition) {
        return edition == Editie.WERKGEVER ? "Vertrouwelijk — editie voor het bevoegd gezag (artikel 14)"
                : "Editie voor de ondernemingsraad, ter informatie (artikel 14)";
    }

    private static String period(LocalDate from, LocalDate to) {
        return DAY.format(from) + " tot en met " + DAY.format(to);
    }
}
