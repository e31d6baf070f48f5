package nl.tweedekamer.meldpunt.klacht.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;


class DeclarationHistoryTest {

    private static Declaration declaration(String effectiveFrom, String withdrawnFrom) {
        Declaration d = new Declaration();
        d.id = UUID.randomUUID();
        d.effectiveFrom = LocalDate.parse(effectiveFrom);
        d.withdrawnFrom = withdrawnFrom == null ? null : LocalDate.parse(withdrawnFrom);
        d.submittedAt = OffsetDateTime.now();
        return d;
    }

    @Test
    void aNewDeclarationSupersedesTheOldOneFromItsEffectiveDateOn() {
        Declaration old = declaration("2021-05-01", null);
        Declaration next = declaration("2025-01-01", null);
        DeclarationHistory history = new DeclarationHistory(List.of(old, next));

        assertThat(history.inForceOn(LocalDate.parse("2024-12-31"))).contains(old);
        assertThat(history.inForceOn(LocalDate.parse("2025-01-01"))).contains(next);
        assertThat(history.standingOn(old, LocalDate.parse("2025-01-01"))).isEqualTo(DeclarationHistory.Standing.SUPERSEDED);
        assertThat(history.standingOn(next, LocalDate.parse("2024-12-31"))).isEqualTo(DeclarationHistory.Standing.SCHEDULED);
    }

    @Test
    void nothingIsInForceBeforeTheFirstEffectiveDate() {
        DeclarationHistory history = new DeclarationHistory(List.of(declaration("2022-03-01", null)));
        assertThat(history.inForceOn(LocalDate.parse("2022-02-28"))).isEmpty();
    }

    @Test
    void aWithdrawalEndsTheDeclarationOnItsDateAndDoesNotReviveTheOneItSuperseded() {
        Declaration old = declaration("2021-05-01", null);
        Declaration withdrawn = declaration("2023-01-01", "2024-01-01");
        DeclarationHistory history = new DeclarationHistory(List.of(old, withdrawn));

        assertThat(history.inForceOn(LocalDate.parse("2023-12-31"))).contains(withdrawn);
        assertThat(history.inForceOn(LocalDate.parse("2024-01-01"))).isEmpty();
        assertThat(history.inForceOn(LocalDate.parse("2022-06-01"))).contains(old);
    }

    @Test
    void aDeclarationAfterAWithdrawalAppliesAgainFromItsOwnDate() {
        Declaration withdrawn = declaration("2021-05-01", "2023-01-01");
        Declaration again = declaration("2024-01-01", null);
        DeclarationHistory history = new DeclarationHistory(List.of(withdrawn, again));

        assertThat(history.inForceOn(LocalDate.parse("2023-06-01"))).isEmpty();
        assertThat(history.inForceOn(LocalDate.parse("2024-01-01"))).contains(again);
    }

    @Test
    void aDeclarationWithdrawnBeforeItTookEffectLeavesTheOneInForceInForce() {
        Declaration current = declaration("2021-05-01", null);
        Declaration cancelled = declaration("2099-01-01", "2098-12-01");
        DeclarationHistory history = new DeclarationHistory(List.of(current, cancelled));

        assertThat(history.inForceOn(LocalDate.parse("2099-06-01"))).contains(current);
        assertThat(history.latest()).contains(current);
        assertThat(history.standingOn(cancelled, LocalDate.parse("2099-06-01")))
                .isEqualTo(DeclarationHistory.Standing.WITHDRAWN);
    }

    @Test
    void thePublishedPeriodInForceAgreesWithTheRuleOnEveryDay() {
        List<Declaration> declarations = List.of(declaration("2021-05-01", null), declaration("2023-01-01", "2024-01-01"),
                declaration("2024-06-01", null), declaration("2025-03-01", "2025-02-01"), declaration("2025-06-01", null));
        DeclarationHistory history = new DeclarationHistory(declarations);
        for (LocalDate day = LocalDate.parse("2021-04-01"); day.isBefore(LocalDate.parse("2026-01-01")); day = day.plusDays(1)) {
            LocalDate on = day;
            List<Declaration> applying = declarations.stream().filter(d -> !d.effectiveFrom.isAfter(on)
                    && history.inForceUntil(d).map(on::isBefore).orElse(true)).toList();
            assertThat(applying).as(on.toString()).isEqualTo(history.inForceOn(on).map(List::of).orElse(List.of()));
        }
    }
}
