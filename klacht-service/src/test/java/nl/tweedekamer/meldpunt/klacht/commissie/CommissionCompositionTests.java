package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.ensureCurrentCommission;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.seatKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/** What the complaint procedure asks the composition: who sits today, and who replaces an involved member. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionCompositionTests {

    @Inject
    CommissionComposition composition;

    private Map<String, String> seats;

    @BeforeEach
    void aFullCommissionToday() {
        seats = ensureCurrentCommission();
    }

    private UUID person(String function, String side) {
        return UUID.fromString(seats.get(seatKey(function, side)));
    }

    @Test
    void anInvolvedMemberIsReplacedByTheDeputyFromTheSameSide() {
        // art 7.8 with domain.md §5.13: the deputy from the same side takes the seat
        assertThat(composition.deputyFor(person("MEMBER", "CIVIL_SERVICE")))
                .hasValueSatisfying(d -> assertThat(d.personId()).isEqualTo(person("DEPUTY_MEMBER", "CIVIL_SERVICE")));
        assertThat(composition.deputyFor(person("MEMBER", "POLITICAL")))
                .hasValueSatisfying(d -> assertThat(d.personId()).isEqualTo(person("DEPUTY_MEMBER", "POLITICAL")));
        assertThat(composition.deputyFor(person("CHAIR", null)))
                .hasValueSatisfying(d -> assertThat(d.personId()).isEqualTo(person("DEPUTY_CHAIR", null)));
        assertThat(composition.deputyFor(person("SECRETARY", null))).isEmpty();
        assertThat(composition.deputyFor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theSecretaryIsAddedToTheCommissionButIsNoMemberOfIt() {
        assertThat(composition.isCurrentMember(person("CHAIR", null))).isTrue();
        assertThat(composition.isCurrentMember(person("DEPUTY_MEMBER", "POLITICAL"))).isTrue();
        assertThat(composition.isCurrentMember(person("SECRETARY", null))).isFalse();
        assertThat(composition.isCurrentSecretary(person("SECRETARY", null))).isTrue();
        assertThat(composition.isCurrentMember(UUID.randomUUID())).isFalse();
    }

    @Test
    void theCurrentHoldersAreFoundByFunctionAndSide() {
        assertThat(composition.current(CommissionFunction.MEMBER)).extracting(Appointee::side)
                .containsExactlyInAnyOrder(CommissionSide.CIVIL_SERVICE, CommissionSide.POLITICAL);
        assertThat(composition.current(CommissionFunction.DEPUTY_MEMBER, CommissionSide.POLITICAL))
                .hasValueSatisfying(a -> assertThat(a.personId()).isEqualTo(person("DEPUTY_MEMBER", "POLITICAL")));
        assertThat(composition.current()).hasSize(7);
    }
}
