package nl.tweedekamer.meldpunt.klacht.procedure.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Akte;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.NietOntvankelijkheidsgrond;

/**
 * A written act as its reader's printable copy (templates/akte.html), in Dutch: the act as the dossier holds it, the
 * case reference, the date and the article it fulfils. Plain values only; the template escapes every one of them.
 */
public final class AkteWeergave {

    @TemplateData
    public record Regel(String label, String value) {
        public Regel {
            value = value == null || value.isBlank() ? "—" : value;
        }
    }

    @TemplateData
    public record Sectie(String heading, String text, List<Regel> facts) {
        public Sectie {
            text = text == null ? "" : text;
        }
    }

    @TemplateData
    public record Pagina(String title, String sender, String copyFor, List<String> addressLines, List<Regel> facts,
            List<Sectie> sections, String footer, String fileName) {
    }

    /** Who reads the copy: as whom, their pseudonymous id, and the employers they belong to in this case. */
    public record Lezer(Betrokkenheid as, UUID person, Set<String> ownEmployers) {
    }

    /** One employer's decision (art 13.2, 10.4) as the dossier holds it. */
    public record Besluit(String organisation, LocalDate adviceReceivedOn, LocalDate decidedOn, String text) {
    }

    private static final String REGELING = "Klachtenregeling ongewenste omgangsvormen Tweede Kamer";
    private static final String COMMISSIE = "Klachtencommissie ongewenste omgangsvormen Tweede Kamer";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private static final Map<String, String> NATURE = Map.of(
            "PREVENTIEF", "Preventief advies",
            "CORRECTIEF", "Correctief advies",
            "PREVENTIEF_EN_CORRECTIEF", "Preventief en correctief advies");

    private static final Map<String, String> VOTE = Map.of(
            "UNANIEM", "Unaniem vastgesteld",
            "MEERDERHEID", "Bij meerderheid van stemmen vastgesteld",
            "STAKING_VOORZITTER_BESLIST", "Bij staking van stemmen vastgesteld; de stem van de voorzitter gaf de doorslag");

    private static final Map<NietOntvankelijkheidsgrond, String> GROUND = Map.of(
            NietOntvankelijkheidsgrond.A_NIET_ONTVANKELIJK, "artikel 9, lid 5, onder a",
            NietOntvankelijkheidsgrond.B_EERDER_BEOORDEELD, "artikel 9, lid 5, onder b",
            NietOntvankelijkheidsgrond.C_CAO_RIJK_PROCEDURE, "artikel 9, lid 5, onder c",
            NietOntvankelijkheidsgrond.D_RECHTERLIJKE_PROCEDURE, "artikel 9, lid 5, onder d",
            NietOntvankelijkheidsgrond.E_OPSPORINGSONDERZOEK, "artikel 9, lid 5, onder e",
            NietOntvankelijkheidsgrond.F_KENNELIJK_ONVOLDOENDE, "artikel 9, lid 5, onder f",
            NietOntvankelijkheidsgrond.G_ANONIEM, "artikel 9, lid 5, onder g",
            NietOntvankelijkheidsgrond.BUITEN_JAARTERMIJN, "artikel 10, lid 2 (buiten de termijn van een jaar)");

    private AkteWeergave() {
    }

    /** Art 9.4: the secretary's written confirmation of receipt. */
    public static Pagina receipt(Klacht k, Lezer reader, String confirmation, LocalDate printedOn) {
        List<Regel> facts = header(k, reader, k.receiptConfirmedOn, "artikel 9, lid 4");
        facts.add(new Regel("Klaagschrift ingediend op", day(k.filedOn)));
        return page(Akte.ONTVANGSTBEVESTIGING, k, reader, COMMISSIE, facts,
                List.of(new Sectie("Bevestiging van ontvangst", confirmation, List.of())), printedOn);
    }

    /** Art 12.5, 12.7: the advice as adopted and signed, with the minority position and the hearing report's place. */
    public static Pagina advice(Klacht k, Lezer reader, LocalDate printedOn) {
        List<Regel> facts = header(k, reader, k.adviceIssuedOn, "artikel 12, lid 5");
        List<Sectie> sections = new ArrayList<>();
        sections.add(new Sectie(NATURE.getOrDefault(k.adviceNature, "Advies"), k.adviceText, List.of(
                new Regel("Stemming", VOTE.getOrDefault(k.voteOutcome, k.voteOutcome)),
                new Regel("Vastgesteld op", day(k.adviceAdoptedOn)),
                new Regel("Ondertekend door de voorzitter op", day(k.chairSignedOn)),
                new Regel("Ondertekend door de secretaris op", day(k.secretarySignedOn)),
                new Regel("Uitgebracht aan het bevoegd gezag op", day(k.adviceIssuedOn)))));
        if (present(k.minorityPosition)) {
            sections.add(new Sectie("Standpunt van de minderheid (artikel 12, lid 7)", k.minorityPosition, List.of()));
        }
        sections.add(Boolean.TRUE.equals(k.omitHearingReport)
                ? new Sectie("Hoorverslag niet bijgevoegd: gewichtige redenen (artikel 12, lid 5)", k.weightyReasons,
                        List.of())
                : new Sectie("Bijlagen", "Het verslag van de hoorzitting en de schriftelijke zienswijzen van partijen "
                        + "maken deel uit van dit advies (artikel 12, lid 5).", List.of()));
        return page(Akte.ADVIES, k, reader, COMMISSIE, facts, sections, printedOn);
    }

    /** Art 10.4: for an inadmissible complaint the commission advises the complainant's employer, with its reasons. */
    public static Pagina inadmissibilityAdvice(Klacht k, Lezer reader, String reasons, LocalDate printedOn) {
        List<Regel> facts = header(k, reader, k.admissibilityDecidedOn, "artikel 10, lid 4");
        List<Regel> grounds = k.grounds().stream().map(g -> new Regel("Grond", GROUND.get(g))).toList();
        return page(Akte.ADVIES, k, reader, COMMISSIE, facts, List.of(new Sectie(
                "De klachtencommissie acht de klacht niet-ontvankelijk", reasons, grounds)), printedOn);
    }

    /** Art 13.2 (10.4): each decision the reader receives, as the employer took it. */
    public static Pagina decisions(Klacht k, Lezer reader, List<Besluit> decisions, LocalDate printedOn) {
        boolean inadmissible = Boolean.FALSE.equals(k.admissible);
        LocalDate latest = decisions.stream().map(Besluit::decidedOn).max(LocalDate::compareTo).orElse(null);
        List<Regel> facts = header(k, reader, latest, inadmissible ? "artikel 10, lid 4" : "artikel 13, lid 2");
        List<Sectie> sections = decisions.stream().map(d -> new Sectie("Besluit van het bevoegd gezag van "
                + d.organisation(), d.text(), List.of(new Regel("Advies ontvangen op", day(d.adviceReceivedOn())),
                        new Regel("Besluit genomen op", day(d.decidedOn()))))).toList();
        String sender = decisions.size() == 1 ? "Bevoegd gezag van " + decisions.get(0).organisation()
                : "Bevoegd gezag van de betrokken werkgevers";
        return page(Akte.BESLUIT, k, reader, sender, facts, sections, printedOn);
    }

    private static List<Regel> header(Klacht k, Lezer reader, LocalDate datedOn, String article) {
        List<Regel> facts = new ArrayList<>();
        facts.add(new Regel("Kenmerk", k.reference));
        facts.add(new Regel("Datum", day(datedOn)));
        facts.add(new Regel("Grondslag", article + " van de " + REGELING));
        facts.add(new Regel("Klager", withFunction(k.complainantName, k.complainantFunction)));
        // as in the dossier: an employer reads the accused of its own organisation only
        Aangeklaagde.of(k.id).stream()
                .filter(a -> reader.as() != Betrokkenheid.WERKGEVER || reader.ownEmployers().contains(a.employerTenantId))
                .forEach(a -> facts.add(new Regel("Aangeklaagde", withFunction(a.name, a.functionTitle))));
        return facts;
    }

    private static Pagina page(Akte akte, Klacht k, Lezer reader, String sender, List<Regel> facts,
            List<Sectie> sections, LocalDate printedOn) {
        return new Pagina(akte.title() + " — " + k.reference, sender, copyFor(reader.as()), ownContact(k, reader),
                facts, sections, "Vertrouwelijk. Afschrift uit het dossier van klacht " + k.reference
                        + ", afgedrukt op " + day(printedOn) + ".",
                k.reference + "-" + akte.path() + ".html");
    }

    /**
     * Domain.md §5.12: a copy carries its own reader's contact details only. The complainant's copy never shows the
     * accused's address, the accused's copy never the complainant's; the commission's and the employer's copies
     * show none.
     */
    private static List<String> ownContact(Klacht k, Lezer reader) {
        return switch (reader.as()) {
            case KLAGER -> lines(k.complainantName, k.complainantAddress, k.complainantEmail);
            case AANGEKLAAGDE -> Aangeklaagde.of(k.id).stream().filter(a -> a.personId != null
                    && a.personId.equals(reader.person())).findFirst().map(a -> lines(a.name, a.email))
                    .orElse(List.of());
            default -> List.of();
        };
    }

    private static String copyFor(Betrokkenheid as) {
        return switch (as) {
            case KLAGER -> "Afschrift voor de klager";
            case AANGEKLAAGDE -> "Afschrift voor de aangeklaagde";
            case WERKGEVER -> "Afschrift voor het bevoegd gezag";
            default -> "Afschrift voor de klachtencommissie";
        };
    }

    private static List<String> lines(String... values) {
        return Stream.of(values).filter(AkteWeergave::present).toList();
    }

    private static String withFunction(String name, String function) {
        return present(function) ? name + " (" + function + ")" : name;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
