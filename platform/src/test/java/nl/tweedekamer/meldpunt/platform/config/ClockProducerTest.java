package nl.tweedekamer.meldpunt.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ClockProducer.AMSTERDAM);

    @Test
    void aClockOffsetMovesTheServicesTodayForward() {
        Clock moved = ClockProducer.withOffset(FIXED, Optional.of(Duration.parse("P730D")));
        assertThat(LocalDate.now(moved)).isEqualTo(LocalDate.of(2028, 12, 5));
        assertThat(ClockProducer.withOffset(FIXED, Optional.empty())).isSameAs(FIXED);
    }

    @Test
    void aServiceInProductionRefusesToStartWithAClockOffset() {
        assertThatThrownBy(() -> ClockProducer.refuseInProduction(true, Optional.of(Duration.ofDays(1))))
                .hasMessageContaining("meldpunt.clock.offset").hasMessageContaining("production");
        assertThatNoException().isThrownBy(() -> ClockProducer.refuseInProduction(false, Optional.of(Duration.ofDays(1))));
        assertThatNoException().isThrownBy(() -> ClockProducer.refuseInProduction(true, Optional.empty()));
    }
}
