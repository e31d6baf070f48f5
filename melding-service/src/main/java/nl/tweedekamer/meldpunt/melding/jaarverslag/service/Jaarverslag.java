package nl.tweedekamer.meldpunt.melding.jaarverslag.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.dossier.Categorie;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.dossier.Relatie;
import nl.tweedekamer.meldpunt.melding.interventie.Interventie;
import nl.tweedekamer.meldpunt.melding.interventie.InterventieSoort;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen;
import nl.tweedekamer.meldpunt.platform.report.KleineAantallen.Exact;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;

/**
 * The VPs' annual report (art 4.4: "verantwoording ... aan het Presidium en de Griffier, door middel van een
 * jaarverslag"; domain.md §8): counts only, never a VP or a melder. The central report covers the shared pool;
 * a fractie's own VPs report to their own fractie, outside the central figures (003 L8988). Every figure goes
 * through platform's {@link KleineAantallen}; {@link #shown(Figures)} says how.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Jaarverslag {

    public static final String SMALL = KleineAantallen.SMALL;

    static final List<String> ORIGINS = List.of("FRACTIE", "AMBTELIJKE_ORGANISATIE");

    static final List<String> STATUSES = List.of("IN_BEHANDELING", "AFGEROND_MET_RESULTAAT",
            "AFGEROND_RESULTAAT_ONBEKEND");

    /** The kind whose meldingen the categories and relations break down (only it has them, domain.md §3). */
    static final String BEHAVIOUR = MeldingSoort.ONGEWENSTE_OMGANGSVORMEN.name();

    /** One breakdown: each value's count and their total, both as shown. */
    public record Breakdown(Map<String, String> counts, String total) {
    }

    public record Report(int year, String scope, String meldingen, Breakdown origin, Breakdown kinds,
            Breakdown categories, Breakdown relations, Breakdown interventions, String closed,
            String noInterventionAtMeldersRequest, Breakdown statusAtYearEnd, Breakdown outcomes, BigDecimal hours) {
    }

    /**
     * The exact figures of a year. origin and kinds break down the meldingen received; categories and relations
     * break down kinds' {@link #BEHAVIOUR}; outcomes break down the meldingen closed.
     */
    record Figures(Exact origin, Exact kinds, Exact categories, Exact relations, Exact interventions,
            long noInterventionAtMeldersRequest, Exact statusAtYearEnd, Exact outcomes, BigDecimal hours) {
    }

    /** Central figures: meldingen at pool VPs. */
    public Report central(int year) {
        return report(year, "POOL", Melding.list("vertrouwenspersoonKind = ?1", VertrouwenspersoonKind.POOL));
    }

    /** A fractie's own VPs, for that fractie only. */
    public Report ownOf(String tenantId, int year) {
        return report(year, "EIGEN:" + tenantId, Melding.list("vertrouwenspersoonKind = ?1 and tenantId = ?2",
                VertrouwenspersoonKind.EIGEN, tenantId));
    }

    private Report report(int year, String scope, List<Melding> all) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Melding> received = all.stream().filter(m -> !m.receivedOn.isBefore(first) && !m.receivedOn.isAfter(last))
                .toList();
        List<Melding> known = all.stream().filter(m -> !m.receivedOn.isAfter(last)).toList();
        List<Melding> closedInYear = all.stream()
                .filter(m -> m.closedOn != null && !m.closedOn.isBefore(first) && !m.closedOn.isAfter(last)).toList();
        List<Interventie> interventions = all.isEmpty() ? List.of()
                : Interventie.<Interventie>list("meldingId in ?1 and recordedOn >= ?2 and recordedOn <= ?3",
                        all.stream().map(m -> m.id).toList(), first, last);

        Map<String, String> kinds = kindsOf(received.stream().map(m -> m.tenantId).distinct().toList());
        List<Melding> behaviour = received.stream().filter(m -> m.soort.isBehaviour()).toList();
        long none = interventions.stream().filter(i -> i.soort == InterventieSoort.GEEN_INTERVENTIE_OP_VERZOEK_MELDER)
                .map(i -> i.meldingId).distinct().count();
        BigDecimal hours = interventions.stream().map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return shown(year, scope, new Figures(
                exact(ORIGINS, received, m -> kinds.getOrDefault(m.tenantId, "FRACTIE")),
                exact(names(MeldingSoort.values()), received, m -> m.soort.name()),
                exact(names(Categorie.values()), behaviour, m -> m.categorie.name()),
                exact(names(Relatie.values()), behaviour, m -> m.relatie.name()),
                KleineAantallen.exact(names(InterventieSoort.values()),
                        interventions.stream().map(i -> i.soort.name()).toList()),
                none,
                exact(STATUSES, known, m -> m.closedOn == null || m.closedOn.isAfter(last) ? "IN_BEHANDELING"
                        : m.uitkomst == Melding.Uitkomst.ONBEKEND ? "AFGEROND_RESULTAAT_ONBEKEND"
                                : "AFGEROND_MET_RESULTAAT"),
                exact(names(Melding.Uitkomst.values()), closedInYear, m -> m.uitkomst.name()),
                hours));
    }

    private static <T> Exact exact(List<String> values, List<T> items, Function<T, String> key) {
        return KleineAantallen.exact(values, items.stream().map(key).toList());
    }

    /**
     * Domain.md §8, Decision: a count from 1 to 4 shows as "&lt; 5", and no hidden count may be derivable from
     * anything else in the report. The meldingen received are broken down twice (origin, kind) and the kind
     * "ongewenste omgangsvormen" twice again (category, relation), so a total hidden for one breakdown would still
     * be the sum of the other's shown cells. Hence the rule: totals stay exact, and a breakdown whose exact total
     * would pin its hidden counts (one hidden, or all 1s, or all 4s) hides its smallest shown count as well
     * (secondary suppression); with totals exact, each breakdown is safe on its own. Only when a breakdown has no
     * count left to hide is its total hidden — then everywhere it appears, with every count of every breakdown
     * under it, so that no sum gives it back.
     */
    static Report shown(int year, String scope, Figures f) {
        long behaviour = f.kinds().counts().get(BEHAVIOUR);
        Exact categories = KleineAantallen.protect(f.categories(), Set.of());
        Exact relations = KleineAantallen.protect(f.relations(), Set.of());
        boolean hideBehaviour = KleineAantallen.small(behaviour) || KleineAantallen.derivable(categories)
                || KleineAantallen.derivable(relations);
        Exact kinds = f.kinds();
        if (hideBehaviour) {
            categories = categories.hidingAll();
            relations = relations.hidingAll();
            // a reader counts the categories (each at least 1, or 5 if hidden to protect another) in the kind
            kinds = kinds.hiding(BEHAVIOUR).withAtLeast(BEHAVIOUR, Math.max(floor(categories), floor(relations)));
        }
        // the behaviour count is the categories' and relations' total: it is never a secondary, it stays exact
        kinds = KleineAantallen.protect(kinds, Set.of(BEHAVIOUR));
        Exact origin = KleineAantallen.protect(f.origin(), Set.of());
        boolean hideMeldingen = KleineAantallen.small(origin.total()) || KleineAantallen.derivable(origin)
                || KleineAantallen.derivable(kinds);
        if (hideMeldingen) {
            origin = origin.hidingAll();
            kinds = kinds.hidingAll();
            categories = categories.hidingAll();
            relations = relations.hidingAll();
            hideBehaviour = behaviour > 0;
        }
        Exact interventions = KleineAantallen.protect(f.interventions(), Set.of());
        Exact status = KleineAantallen.protect(f.statusAtYearEnd(), Set.of());
        // with no melding from before the year, the status at year end breaks down the same meldingen
        boolean hideStatus = hideMeldingen && status.total() == origin.total();
        if (hideStatus) {
            status = status.hidingAll();
        }
        Exact outcomes = KleineAantallen.protect(f.outcomes(), Set.of());
        boolean hideClosed = KleineAantallen.derivable(outcomes);
        return new Report(year, scope, hideMeldingen && origin.total() > 0 ? SMALL : shown(origin.total()),
                breakdown(origin, hideMeldingen), breakdown(kinds, hideMeldingen),
                breakdown(categories, hideBehaviour), breakdown(relations, hideBehaviour),
                breakdown(interventions, false),
                hideClosed ? SMALL : shown(outcomes.total()), shown(f.noInterventionAtMeldersRequest()),
                breakdown(status, hideStatus), breakdown(outcomes, hideClosed), f.hours());
    }

    /** What a reader can tell a hidden total is at least from its hidden counts. */
    private static long floor(Exact e) {
        return e.counts().values().stream().filter(n -> n > 0).mapToLong(n -> KleineAantallen.small(n) ? 1 : 5).sum();
    }

    private static Breakdown breakdown(Exact e, boolean hideTotal) {
        KleineAantallen.Telling t = KleineAantallen.show(e, hideTotal);
        return new Breakdown(t.counts(), t.total());
    }

    /** A count as shown: 1 to 4 as "&lt; 5" (also the count of a pattern signal). */
    public static String shown(long n) {
        return KleineAantallen.shown(n);
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }

    /** The kind of each tenant (fractie or civil service), from the replica. */
    private static Map<String, String> kindsOf(List<String> tenantIds) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String id : tenantIds) {
            TenantReplica t = TenantReplica.findById(id);
            if (t != null) {
                kinds.put(id, t.kind);
            }
        }
        return kinds;
    }
}
