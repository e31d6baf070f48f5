package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/** The choice of vertrouwenspersonen follows the declaration in force on the day, as klacht-service decides it. */
class VertrouwenspersoonKeuzeInForceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void aTenantWithoutDeclarationHasNoChoiceAndNoOwnVertrouwenspersonen() {
        TenantSnapshot snapshot = snapshot();
        assertThat(VertrouwenspersoonKeuzeInForce.on(snapshot, DAY)).isEmpty();
        assertThat(VertrouwenspersoonKeuzeInForce.ownVertrouwenspersonenOn(snapshot, DAY)).isFalse();
    }

    @Test
    void theChoiceIsThatOfTheDeclarationWhosePeriodInForceHoldsTheDay() {
        TenantSnapshot snapshot = snapshot(declaration("2025-01-01", "2026-06-01", "POOL"),
                declaration("2026-06-01", null, "BEIDE"));
        assertThat(VertrouwenspersoonKeuzeInForce.on(snapshot, DAY.minusDays(1))).contains("POOL");
        assertThat(VertrouwenspersoonKeuzeInForce.ownVertrouwenspersonenOn(snapshot, DAY.minusDays(1))).isFalse();
        assertThat(VertrouwenspersoonKeuzeInForce.ownVertrouwenspersonenOn(snapshot, DAY)).isTrue();
    }

    @Test
    void afterTheLastDeclarationEndsNoneIsInForce() {
        TenantSnapshot snapshot = snapshot(declaration("2025-01-01", "2026-05-01", "EIGEN"));
        assertThat(VertrouwenspersoonKeuzeInForce.on(snapshot, DAY)).isEmpty();
    }

    private static TenantSnapshot snapshot(TenantSnapshot.Declaration... declarations) {
        return new TenantSnapshot("fractie-x", 1, "Fractie X", "X", "FRACTIE", "ACTIVE", List.of(declarations),
                List.of());
    }

    private static TenantSnapshot.Declaration declaration(String effectiveFrom, String inForceUntil, String keuze) {
        return new TenantSnapshot.Declaration(UUID.randomUUID(), "klachtenregeling-2021", "PERSONEELSHANDBOEK",
                LocalDate.parse(effectiveFrom), null, inForceUntil == null ? null : LocalDate.parse(inForceUntil),
                keuze, null, 5, 6);
    }
}
