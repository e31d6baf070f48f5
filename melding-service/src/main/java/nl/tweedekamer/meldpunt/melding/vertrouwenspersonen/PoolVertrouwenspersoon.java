package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A vertrouwenspersoon of the shared pool, appointed by a platform administrator. The pool is open to
 * everyone — Kamerleden, fracties (declared or not) and civil servants (domain.md §1, 003 L8988) — so it is
 * cross-tenant data, like a registry: no {@code @TenantId}. Only the pool's own endpoints and the
 * "available" list read it.
 */
@Entity
@Table(name = "pool_vertrouwenspersoon")
public class PoolVertrouwenspersoon extends Vertrouwenspersoon {

    @Override
    public VertrouwenspersoonKind kind() {
        return VertrouwenspersoonKind.POOL;
    }

    @Override
    public String tenantIdOrNull() {
        return null;
    }
}
