package nl.tweedekamer.meldpunt.portaal.klacht;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/**
 * The klaagschrift of art 9.1 as klacht-service takes it ({@link Inhoud}, its {@code KlachtInput.Klaagschrift}) and
 * shows it ({@link Concept}, its dossier view). klacht-service replaces the whole klaagschrift on every save, so a step
 * reads the draft, changes its own part and sends all of it back.
 */
public final class KlaagschriftDtos {

    private KlaagschriftDtos() {
    }

    /** What klacht-service takes: every field may stay open in a draft, and in a filed one (domain.md §10.7). */
    public record Inhoud(String category, String behaviour, String place, String when, LocalDate firstBehaviourOn,
            LocalDate latestBehaviourOn, String witnesses, Klager complainant, List<Beschuldigde> accused,
            String stepsTaken) {

        public static Inhoud leeg() {
            return new Inhoud(null, null, null, null, null, null, null, null, List.of(), null);
        }

        /** The draft as it stands, to change one part of it. */
        public static Inhoud van(Klaagschrift k) {
            if (k == null) {
                return leeg();
            }
            Klager klager = k.complainant() == null ? null
                    : new Klager(k.complainant().name(), k.complainant().address(), k.complainant().function(),
                            k.complainant().email());
            List<Beschuldigde> beschuldigden = k.accused() == null ? List.of()
                    : k.accused().stream().map(a -> new Beschuldigde(a.name(), a.function(), a.relation(),
                            a.employerTenantId())).toList();
            return new Inhoud(k.category(), k.behaviour(), k.place(), k.when(), k.firstBehaviourOn(),
                    k.latestBehaviourOn(), k.witnesses(), klager, beschuldigden, k.stepsTaken());
        }

        public Inhoud metSoort(String categorie) {
            return new Inhoud(categorie, behaviour, place, when, firstBehaviourOn, latestBehaviourOn, witnesses,
                    complainant, accused, stepsTaken);
        }

        public Inhoud metGedrag(String gedrag) {
            return new Inhoud(category, gedrag, place, when, firstBehaviourOn, latestBehaviourOn, witnesses,
                    complainant, accused, stepsTaken);
        }

        public Inhoud metWaarEnWanneer(String plaats, String wanneer, LocalDate eerste, LocalDate laatste) {
            return new Inhoud(category, behaviour, plaats, wanneer, eerste, laatste, witnesses, complainant, accused,
                    stepsTaken);
        }

        public Inhoud metGetuigen(String getuigen) {
            return new Inhoud(category, behaviour, place, when, firstBehaviourOn, latestBehaviourOn, getuigen,
                    complainant, accused, stepsTaken);
        }

        public Inhoud metKlager(Klager klager) {
            return new Inhoud(category, behaviour, place, when, firstBehaviourOn, latestBehaviourOn, witnesses, klager,
                    accused, stepsTaken);
        }

        public Inhoud metAangeklaagden(List<Beschuldigde> aangeklaagden) {
            return new Inhoud(category, behaviour, place, when, firstBehaviourOn, latestBehaviourOn, witnesses,
                    complainant, aangeklaagden, stepsTaken);
        }

        public Inhoud metStappen(String stappen) {
            return new Inhoud(category, behaviour, place, when, firstBehaviourOn, latestBehaviourOn, witnesses,
                    complainant, accused, stappen);
        }
    }

    public record Klager(String name, String address, String function, String email) {
    }

    /** An accused: {@code relation} MEDEWERKER_FRACTIE, MEDEWERKER_AMBTELIJK, KAMERLID or EXTERN (art 2.j). */
    public record Beschuldigde(String name, String function, String relation, String employerTenantId) {
    }

    public record Ondertekening(String name, LocalDate signedOn) {
    }

    /** The draft or filed complaint as klacht-service shows it to its complainant. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Concept(UUID id, String reference, String tenantId, String status, String as, LocalDate filedOn,
            Boolean outsideOneYear, LocalDate earliestBehaviourDateAllowed, Klaagschrift klaagschrift) {

        public boolean concept() {
            return "CONCEPT".equals(status);
        }

        public boolean vanKlager() {
            return "KLAGER".equals(as);
        }

        public Klaagschrift inhoud() {
            return klaagschrift == null ? Klaagschrift.LEEG : klaagschrift;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Klaagschrift(String category, String behaviour, String place, String when,
            LocalDate firstBehaviourOn, LocalDate latestBehaviourOn, String witnesses, Persoon complainant,
            List<Aangeklaagde> accused, String stepsTaken, String signedName, LocalDate signedOn,
            List<String> missingAtFiling) {

        static final Klaagschrift LEEG = new Klaagschrift(null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null);

        /** The message key of the category in words ({@code categorieINTIMIDATIE} …), null when none is chosen. */
        public String categorieSleutel() {
            return category == null ? null : "categorie" + category;
        }

        public Persoon klager() {
            return complainant == null ? new Persoon(null, null, null, null) : complainant;
        }

        public List<Aangeklaagde> aangeklaagden() {
            return accused == null ? List.of() : accused;
        }

        /** What art 9.1 still misses, in the article's order (klacht-service's {@code Klaagschriftelement}). */
        public List<KlaagschriftStap.Element> ontbreekt() {
            List<KlaagschriftStap.Element> mist = new ArrayList<>();
            for (KlaagschriftStap.Element e : KlaagschriftStap.Element.values()) {
                if (!e.aanwezig(this)) {
                    mist.add(e);
                }
            }
            return mist;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Persoon(String name, String address, String function, String email) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aangeklaagde(UUID id, String name, String function, String relation, String employerTenantId) {

        public boolean kamerlid() {
            return "KAMERLID".equals(relation);
        }

        public boolean extern() {
            return "EXTERN".equals(relation);
        }
    }

    /** An attachment of the klaagschrift (art 9.2): no content, only what identifies it to its owner. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bijlage(UUID id, String filename, String contentType, long size, OffsetDateTime addedOn) {

        public long kb() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }
}
