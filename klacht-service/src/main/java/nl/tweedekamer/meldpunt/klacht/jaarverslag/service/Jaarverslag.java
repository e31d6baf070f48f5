package nl.tweedekamer.meldpunt.klacht.jaarverslag.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.klacht.jaarverslag.repository.JaarverslagCijfers;
import nl.tweedekamer.meldpunt.klacht.jaarverslag.repository.JaarverslagCijfers.Gegeven;
import nl.tweedekamer.meldpunt.klacht.jaarverslag.repository.JaarverslagCijfers.Ontvangen;
import nl.tweedekamer.meldpunt.klacht.procedure.Categorie;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen.Exact;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen.Telling;

/**
 * The commission's annual report (art 14: "jaarlijks aan het bevoegd gezag een vertrouwelijk en geanonimiseerd
 * rapport ... over het aantal ontvangen klachten, de aard van de klachten en de gegeven adviezen. De
 * ondernemingsraad krijgt het rapport geanonimiseerd ter informatie toegestuurd"). Counts only, never a name, a
 * text or a case reference; every figure goes through {@link KleineAantallen}.
 *
 * <p>What counts where — the rules of this report, in one place:
 * <ul>
 * <li><b>Year.</b> A complaint counts in the year of its filing date (art 9.1, the day the signed klaagschrift
 * was filed, Europe/Amsterdam); an advice in the year it reached the employer (art 10.4, 12.2). Only a year that
 * is over can be reported on ("jaarlijks"): a report of the running year would let an employer watch a count
 * change the day one of its people files a complaint, which the procedure keeps from management until the advice
 * (002 L804).</li>
 * <li><b>Employer.</b> "Het bevoegd gezag" is each employer whose people a complaint concerns: a complaint counts
 * for the complainant's employer (the tenant it lives in, domain.md §1) and for the employer of each accused —
 * once per employer, so a cross-organisation complaint appears in both organisations' reports and once in the
 * commission's overall figures. An advice counts for the employer it was given to: the complainant's employer
 * for inadmissibility (art 10.4), each accused's employer for an advice on the complaint (art 12.2).</li>
 * <li><b>Advice given.</b> By kind: inadmissible (art 10.4), preventive, corrective, or both (art 12.2). The
 * regulation has the commission advise, not rule "founded" or "unfounded"; the kind of advice is what it
 * records.</li>
 * <li><b>Works council edition.</b> Anonymised further: the categories merged into three broader groups, the
 * advice as a single total without kinds, and no figure that the employer's edition hides (a group is exact only
 * when each of its categories is; a total hidden there is hidden here).</li>
 * </ul>
 */
@ApplicationScoped
public class Jaarverslag {

    /** The regulation's first version took effect on 1 May 2021 (domain.md §1): there is nothing to report before. */
    public static final int FIRST_YEAR = 2021;

    public enum Editie {
        /** For the bevoegd gezag: confidential, anonymised (art 14, first sentence). */
        WERKGEVER,
        /** For the works council: anonymised further (art 14, second sentence). */
        ONDERNEMINGSRAAD
    }

    public static final List<String> ADVICE_KINDS = List.of("NIET_ONTVANKELIJK", "PREVENTIEF", "CORRECTIEF",
            "PREVENTIEF_EN_CORRECTIEF");

    /** The works council's broader groups of art 2's categories; every category is in exactly one. */
    public static final Map<String, List<String>> GROUPS = groups();

    /** The figures of one population: complaints received (by category or group) and advice given (by kind). */
    public record Cijfers(Telling klachtenOntvangen, Telling adviezenGegeven) {
    }

    public record Werkgever(String tenantId, String organisation, Cijfers cijfers) {
    }

    /** One employer's report. */
    public record WerkgeverVerslag(int year, Editie edition, LocalDate from, LocalDate to, String tenantId,
            String organisation, Cijfers cijfers) {
    }

    /** The commission's report: every employer, and the overall figures counting each complaint once. */
    public record CommissieVerslag(int year, Editie edition, LocalDate from, LocalDate to, Cijfers overall,
            List<Werkgever> employers) {
    }

    @Inject
    JaarverslagCijfers cijfers;

    @Inject
    Clock clock;

    /** Art 14 "jaarlijks": a whole calendar year that is over, from the regulation's first year on. */
    public int year(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw ProblemException.invalidField("year", "a calendar year of four digits, e.g. 2025");
        }
        int year = Integer.parseInt(text);
        int current = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR) {
            throw ProblemException.invalidField("year",
                    "the regulation took effect on 1 May 2021; there is no report before " + FIRST_YEAR);
        }
        if (year > current) {
            throw ProblemException.invalidField("year", year + " lies in the future");
        }
        if (year == current) {
            throw ProblemException.conflict("Year not over",
                    "The annual report (art 14) covers a whole calendar year; the report over " + year
                            + " can be made from 1 January " + (year + 1) + ".");
        }
        return year;
    }

    public static Editie edition(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("werkgever")) {
            return Editie.WERKGEVER;
        }
        if (text.equalsIgnoreCase("ondernemingsraad")) {
            return Editie.ONDERNEMINGSRAAD;
        }
        throw ProblemException.invalidField("edition", "either 'werkgever' or 'ondernemingsraad'");
    }

    /** One employer's report; call only after the caller's access to that employer was checked. */
    public WerkgeverVerslag forEmployer(String tenantId, int year, Editie edition) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Ontvangen> received = cijfers.received(first, last, Optional.of(tenantId));
        List<Gegeven> given = cijfers.given(first, last, Optional.of(tenantId));
        String name = cijfers.organisations().stream().filter(o -> o.id().equals(tenantId)).findFirst()
                .map(JaarverslagCijfers.Organisatie::name).orElse(tenantId);
        return new WerkgeverVerslag(year, edition, first, last, tenantId, name,
                figures(forEmployer(received, tenantId), forEmployerGiven(given, tenantId), edition));
    }

    /** Every employer's figures, for the commission (art 14: the commission makes the report). */
    public CommissieVerslag forCommission(int year, Editie edition) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Ontvangen> received = cijfers.received(first, last, Optional.empty());
        List<Gegeven> given = cijfers.given(first, last, Optional.empty());
        List<Werkgever> employers = new ArrayList<>();
        for (JaarverslagCijfers.Organisatie o : cijfers.organisations()) {
            employers.add(new Werkgever(o.id(), o.name(),
                    figures(forEmployer(received, o.id()), forEmployerGiven(given, o.id()), edition)));
        }
        // an advice sent to two employers is one advice
        Set<String> seen = new HashSet<>();
        List<Gegeven> distinct = given.stream().filter(g -> seen.add(g.klachtId().toString())).toList();
        return new CommissieVerslag(year, edition, first, last, figures(received, distinct, edition), employers);
    }

    /** The complainant's employer and each accused's employer (see the class comment), each once. */
    static boolean countsFor(Ontvangen complaint, String employer) {
        return complaint.tenantId().equals(employer) || complaint.accusedEmployers().contains(employer);
    }

    private static List<Ontvangen> forEmployer(List<Ontvangen> received, String employer) {
        return received.stream().filter(c -> countsFor(c, employer)).toList();
    }

    private static List<Gegeven> forEmployerGiven(List<Gegeven> given, String employer) {
        return given.stream().filter(g -> g.employerTenantId().equals(employer)).toList();
    }

    static String kind(Gegeven advice) {
        return Boolean.FALSE.equals(advice.admissible()) ? "NIET_ONTVANKELIJK" : advice.nature();
    }

    private static Cijfers figures(List<Ontvangen> received, List<Gegeven> given, Editie edition) {
        Exact categories = KleineAantallen.exact(names(Categorie.values()),
                received.stream().map(Ontvangen::category).toList());
        Exact kinds = KleineAantallen.exact(ADVICE_KINDS, given.stream().map(Jaarverslag::kind).toList());
        if (edition == Editie.WERKGEVER) {
            return new Cijfers(KleineAantallen.show(categories, false), KleineAantallen.show(kinds, false));
        }
        Telling groups = KleineAantallen.show(KleineAantallen.merge(categories, GROUPS),
                KleineAantallen.totalHidden(categories));
        Telling adviceTotal = new Telling(KleineAantallen.totalHidden(kinds) ? KleineAantallen.SMALL
                : KleineAantallen.shown(kinds.total()), Map.of());
        return new Cijfers(groups, adviceTotal);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("INTIMIDATIE_EN_STALKEN", List.of(Categorie.INTIMIDATIE.name(), Categorie.SEKSUELE_INTIMIDATIE.name(),
                Categorie.STALKEN.name()));
        groups.put("AGRESSIE_GEWELD_EN_EXTREMISME", List.of(Categorie.AGRESSIE_EN_GEWELD.name(),
                Categorie.EXTREMISME.name()));
        groups.put("PESTEN_EN_DISCRIMINATIE", List.of(Categorie.PESTEN.name(), Categorie.DISCRIMINATIE.name()));
        Set<String> covered = groups.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        if (!covered.equals(Set.copyOf(names(Categorie.values())))) {
            throw new IllegalStateException("every category of art 2 belongs to one works council group");
        }
        return java.util.Collections.unmodifiableMap(groups);
    }
}
