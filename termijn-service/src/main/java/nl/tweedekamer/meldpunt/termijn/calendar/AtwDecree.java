package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.tweedekamer.meldpunt.termijn.calendar.Decree;

/**
 * A royal decree equating days with a generally recognised holiday (Atw art 3 lid 3), as an administrator
 * entered it. The same for every tenant: no {@code @TenantId}.
 */
@Entity
@Table(name = "atw_decree")
public class AtwDecree extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "covers_from_year", nullable = false)
    public int coversFromYear;

    @Column(name = "covers_to_year", nullable = false)
    public int coversToYear;

    /** Where it was published (a Staatscourant reference), when the administrator gave it. */
    public String published;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    /** The subject of the administrator who entered it. */
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @ElementCollection
    @CollectionTable(name = "atw_decreed_day", joinColumns = @JoinColumn(name = "decree_id"))
    @OrderBy("date")
    public List<DecreedDay> days = new ArrayList<>();

    /** One row per year covered; the year is the key, so the database refuses a second decree for it. */
    @ElementCollection
    @CollectionTable(name = "atw_decree_year", joinColumns = @JoinColumn(name = "decree_id"))
    @Column(name = "covered_year")
    Set<Integer> coveredYears = new HashSet<>();

    public static AtwDecree of(String title, int coversFromYear, int coversToYear, String published,
            List<DecreedDay> days, OffsetDateTime registeredAt, String registeredBy) {
        AtwDecree decree = new AtwDecree();
        decree.id = UUID.randomUUID();
        decree.title = title;
        decree.coversFromYear = coversFromYear;
        decree.coversToYear = coversToYear;
        decree.published = published;
        decree.days.addAll(days);
        decree.registeredAt = registeredAt;
        decree.registeredBy = registeredBy;
        for (int year = coversFromYear; year <= coversToYear; year++) {
            decree.coveredYears.add(year);
        }
        return decree;
    }

    /** Every decree with its days, by the years they cover. */
    public static List<AtwDecree> allWithDays() {
        return find("select distinct d from AtwDecree d left join fetch d.days order by d.coversFromYear").list();
    }

    public static Optional<AtwDecree> withDays(UUID id) {
        return find("select d from AtwDecree d left join fetch d.days where d.id = ?1", id).singleResultOptional();
    }

    /** The decrees covering any year from {@code fromYear} to {@code toYear}. */
    public static List<AtwDecree> covering(int fromYear, int toYear) {
        return list("coversFromYear <= ?1 and coversToYear >= ?2 order by coversFromYear", toYear, fromYear);
    }

    /** As the calendar reads it. */
    public Decree toDecree() {
        Map<LocalDate, String> decreed = new LinkedHashMap<>();
        days.forEach(day -> decreed.put(day.date, day.description));
        return new Decree(title, coversFromYear, coversToYear, decreed);
    }

    @Embeddable
    public static class DecreedDay {

        @Column(name = "decreed_date", nullable = false)
        public LocalDate date;

        @Column(nullable = false)
        public String description;

        public static DecreedDay of(LocalDate date, String description) {
            DecreedDay day = new DecreedDay();
            day.date = date;
            day.description = description;
            return day;
        }
    }
}
