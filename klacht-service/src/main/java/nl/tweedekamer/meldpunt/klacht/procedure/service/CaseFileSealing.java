package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.Bezwaar;
import nl.tweedekamer.meldpunt.klacht.procedure.Concept;
import nl.tweedekamer.meldpunt.klacht.procedure.Hoorzitting;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;
import nl.tweedekamer.meldpunt.klacht.procedure.KlachtWerkgever;
import nl.tweedekamer.meldpunt.klacht.procedure.Stuk;
import nl.tweedekamer.meldpunt.klacht.procedure.TijdelijkeVoorziening;
import nl.tweedekamer.meldpunt.platform.tenant.InTenant;

/**
 * Seals, at start, every row of a complaint file written before complaint files were encrypted (domain.md §10.11):
 * tenant by tenant, each in its own transaction. Idempotent: a sealed row is left alone, so a second start, or a
 * second replica starting at the same time (its transaction then fails on the row it lost and the next start
 * finishes), changes nothing. A row that changes before this run reaches it is sealed whole by its own setter.
 * Flyway cannot do this: a migration has no access to the keys.
 */
@ApplicationScoped
public class CaseFileSealing {

    private static final Logger LOG = Logger.getLogger(CaseFileSealing.class);

    /** Every entity with confidential columns: the case first, then the rows of its file. */
    private static final List<Class<? extends SealedCaseRow>> ROWS = List.of(Klacht.class, Aangeklaagde.class,
            KlachtWerkgever.class, Stuk.class, TijdelijkeVoorziening.class, Bezwaar.class, Hoorzitting.class,
            Concept.class);

    @Inject
    InTenant perTenant;

    // before the event consumers and the schedulers start (default observer priority 2500)
    void onStart(@Observes @Priority(1000) StartupEvent start) {
        int sealed = run();
        if (sealed > 0) {
            LOG.infof("Sealed %d rows of complaint files written before encryption", sealed);
        }
    }

    /** @return how many rows were sealed */
    public int run() {
        List<String> tenants = QuarkusTransaction.requiringNew()
                .call(() -> Tenant.<Tenant>list("order by id").stream().map(t -> t.id).toList());
        int sealed = 0;
        for (String tenantId : tenants) {
            sealed += perTenant.call(tenantId, this::sealInTenant);
        }
        return sealed;
    }

    private int sealInTenant() {
        int sealed = 0;
        for (Class<? extends SealedCaseRow> type : ROWS) {
            List<? extends SealedCaseRow> rows = Panache.getEntityManager(type)
                    .createQuery("from " + type.getSimpleName() + " where sealed = false", type).getResultList();
            for (SealedCaseRow row : rows) {
                if (row.sealLegacyRow()) {
                    sealed++;
                }
            }
        }
        return sealed;
    }
}
