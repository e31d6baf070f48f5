package nl.tweedekamer.meldpunt.melding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.melding.Categorie;
import nl.tweedekamer.meldpunt.melding.Interventie;
import nl.tweedekamer.meldpunt.melding.InterventieSoort;
import nl.tweedekamer.meldpunt.melding.Melding;
import nl.tweedekamer.meldpunt.melding.MeldingSoort;
import nl.tweedekamer.meldpunt.melding.Relatie;
import nl.tweedekamer.meldpunt.melding.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;

/**
 * The VPs' annual report (art 4.4: "verantwoording ... aan het Presidium en de Griffier, door middel van een
 * jaarverslag"; domain.md §8): counts only, never a VP or a melder. The central report covers the shared pool;
 * a fractie's own VPs report to their own fractie, outside the central figures (003 L8988). A count from 1 to 4
 * shows as "< 5", and so does a total from which a single suppressed count could be derived.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Jaarverslag {

    public static final String SMALL = "< 5";

    /** One breakdown: each value's count and their total, both as shown. */
    public record Breakdown(Map<String, String> counts, String total) {
    }

    public record Report(int year, String scope, String meldingen, Breakdown origin, Breakdown kinds,
            Breakdown categories, Breakdown relations, Breakdown interventions, String closed,
            String noInterventionAtMeldersRequest, Breakdown statusAtYearEnd, Breakdown outcomes, BigDecimal hours) {
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
        Breakdown origin = breakdown(List.of("FRACTIE", "AMBTELIJKE_ORGANISATIE"), received,
                m -> kinds.getOrDefault(m.tenantId, "FRACTIE"));
        Breakdown statusAtYearEnd = breakdown(List.of("IN_BEHANDELING", "AFGEROND_MET_RESULTAAT", "AFGEROND_RESULTAAT_ONBEKEND"),
                known, m -> m.closedOn == null || m.closedOn.isAfter(last) ? "IN_BEHANDELING"
                        : m.uitkomst == Melding.Uitkomst.ONBEKEND ? "AFGEROND_RESULTAAT_ONBEKEND" : "AFGEROND_MET_RESULTAAT");
        long none = interventions.stream().filter(i -> i.soort == InterventieSoort.GEEN_INTERVENTIE_OP_VERZOEK_MELDER)
                .map(i -> i.meldingId).distinct().count();
        BigDecimal hours = interventions.stream().map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Report(year, scope, shown(received.size()), origin,
                breakdown(names(MeldingSoort.values()), received, m -> m.soort.name()),
                breakdown(names(Categorie.values()), received.stream().filter(m -> m.categorie != null).toList(),
                        m -> m.categorie.name()),
                breakdown(names(Relatie.values()), received.stream().filter(m -> m.relatie != null).toList(),
                        m -> m.relatie.name()),
                breakdownOf(names(InterventieSoort.values()), interventions.stream().map(i -> i.soort.name()).toList()),
                shown(closedInYear.size()), shown(none), statusAtYearEnd,
                breakdown(names(Melding.Uitkomst.values()), closedInYear, m -> m.uitkomst.name()), hours);
    }

    private static <T> Breakdown breakdown(List<String> values, List<T> items, Function<T, String> key) {
        return breakdownOf(values, items.stream().map(key).toList());
    }

    /** Domain.md §8, Decision: 1–4 as "< 5"; the total too when it would reveal a single suppressed count. */
    static Breakdown breakdownOf(List<String> values, List<String> keys) {
        Map<String, String> counts = new LinkedHashMap<>();
        int suppressed = 0;
        for (String value : values) {
            long n = keys.stream().filter(value::equals).count();
            if (n > 0 && n < 5) {
                suppressed++;
            }
            counts.put(value, shown(n));
        }
        String total = suppressed == 1 ? SMALL : shown(keys.size());
        return new Breakdown(counts, total);
    }

    static String shown(long n) {
        return n > 0 && n < 5 ? SMALL : Long.toString(n);
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
