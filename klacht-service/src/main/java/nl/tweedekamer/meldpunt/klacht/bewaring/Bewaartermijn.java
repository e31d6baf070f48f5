package nl.tweedekamer.meldpunt.klacht.bewaring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.ReminderDefaults;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;

/**
 * Decision (domain.md §7): a complaint file is kept for the retention period of its declaration (default 5 years)
 * after the case's end date, then deleted; the deletion is announced beforehand; a legal hold stops it.
 * <ul>
 * <li>The end date ({@link nl.tweedekamer.meldpunt.klacht.procedure.Einddatum}) already includes the remedies period
 * after an employer's decision.</li>
 * <li>The declaration is the one recorded on the case ({@code Klacht.declarationId}): a case is handled under the
 * declaration it was filed under, to its end (domain.md §1), and its end date was computed with that declaration's
 * remedies period too. A case without one (none recorded) gets the default, as
 * {@link nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtAfsluiting} does.</li>
 * <li>A case that has not ended has no retention end and is never deleted.</li>
 * <li>The announcement goes out {@code warningDays} before the retention end; the case is deleted on the day the
 * announcement named: the retention end, or {@code warningDays} after a late announcement (the job was down, or a
 * legal hold was lifted before anything was announced), so nobody is ever told too late.</li>
 * </ul>
 */
public final class Bewaartermijn {

    /** Which period applied: the declaration (null for the default) and its years. */
    public record Basis(UUID declarationId, int years) {

        public static Basis of(Declaration declaration) {
            return declaration == null ? new Basis(null, ReminderDefaults.COMPLAINT_RETENTION_YEARS)
                    : new Basis(declaration.id, declaration.complaintRetentionYears);
        }
    }

    private Bewaartermijn() {
    }

    /** The first day the case may be deleted; empty while the case has not ended. */
    public static Optional<LocalDate> einde(Klacht klacht, Basis basis) {
        return klacht.endDate == null ? Optional.empty() : Optional.of(einde(klacht.endDate, basis.years()));
    }

    public static LocalDate einde(LocalDate endDate, int years) {
        return endDate.plusYears(years);
    }

    /** From this day the deletion is announced. */
    public static LocalDate aankondigenVanaf(LocalDate retentionEnd, int warningDays) {
        return retentionEnd.minusDays(warningDays);
    }

    /** The day an announcement made today names: never sooner than the warning period after it. */
    public static LocalDate vernietigenOp(LocalDate retentionEnd, LocalDate announcedOn, int warningDays) {
        LocalDate earliest = announcedOn.plusDays(warningDays);
        return retentionEnd.isBefore(earliest) ? earliest : retentionEnd;
    }
}
