package nl.tweedekamer.meldpunt.portaal.personeel;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A staff list as an administrator exports it from a spreadsheet: CSV with a header row, separated by semicolons (as a
 * Dutch spreadsheet writes it) or commas, columns found by their Dutch or English name in any order. Dates may be
 * written 31-01-2025 or 2025-01-31. Nothing is checked here beyond reading: klacht-service checks every row.
 */
public final class Personeelslijst {

    /** At most this many people per file: the preview carries the list in its form, within the portal's form limit. */
    public static final int MAX_RIJEN = 1000;

    /** The columns, each by the names a header may give it (lower case). */
    enum Kolom {
        NAAM("naam", "name"),
        WERKADRES("werkadres", "e-mail", "email", "e-mailadres", "emailadres", "workemail"),
        ACCOUNT("account", "subject"),
        VANAF("vanaf", "in dienst", "in dienst vanaf", "from"),
        TOT("tot", "uit dienst", "uit dienst per", "to"),
        FUNCTIE("functie", "function"),
        SOORT("soort", "kind");

        final List<String> namen;

        Kolom(String... namen) {
            this.namen = List.of(namen);
        }

        static Optional<Kolom> bij(String kop) {
            String gewoon = kop == null ? "" : kop.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            for (Kolom kolom : values()) {
                if (kolom.namen.contains(gewoon)) {
                    return Optional.of(kolom);
                }
            }
            return Optional.empty();
        }
    }

    /** One person as the file gives them, dates written as klacht-service reads them where they could be read. */
    public record Rij(String naam, String werkadres, String account, String vanaf, String tot, String functie,
            String soort) {
    }

    /** The rows, or why the file cannot be read as a staff list ({@code fout}: a message key of {@code BeheerMsg}). */
    public record Uitslag(List<Rij> rijen, String fout) {
        public boolean gelezen() {
            return fout == null;
        }
    }

    private static final DateTimeFormatter NEDERLANDS = DateTimeFormatter.ofPattern("d-M-uuuu");

    private Personeelslijst() {
    }

    public static Uitslag lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return new Uitslag(List.of(), "importLeeg");
        }
        String inhoud = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        String kopregel = inhoud.lines().findFirst().orElse("");
        char scheiding = kopregel.chars().filter(c -> c == ';').count() >= kopregel.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<List<String>> regels = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(scheiding)).readValues(inhoud)) {
            while (it.hasNextValue()) {
                regels.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            return new Uitslag(List.of(), "importOnleesbaar");
        }
        if (regels.isEmpty()) {
            return new Uitslag(List.of(), "importLeeg");
        }
        Map<Kolom, Integer> kolommen = new LinkedHashMap<>();
        List<String> kop = regels.get(0);
        for (int i = 0; i < kop.size(); i++) {
            int index = i;
            Kolom.bij(kop.get(i)).ifPresent(k -> kolommen.putIfAbsent(k, index));
        }
        if (!kolommen.containsKey(Kolom.NAAM) || !kolommen.containsKey(Kolom.WERKADRES)
                || !kolommen.containsKey(Kolom.VANAF)) {
            return new Uitslag(List.of(), "importKolommen");
        }
        List<Rij> rijen = new ArrayList<>();
        for (List<String> regel : regels.subList(1, regels.size())) {
            if (regel.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            rijen.add(new Rij(waarde(regel, kolommen, Kolom.NAAM), waarde(regel, kolommen, Kolom.WERKADRES),
                    waarde(regel, kolommen, Kolom.ACCOUNT), datumVoorDienst(waarde(regel, kolommen, Kolom.VANAF)),
                    datumVoorDienst(waarde(regel, kolommen, Kolom.TOT)), waarde(regel, kolommen, Kolom.FUNCTIE),
                    soort(waarde(regel, kolommen, Kolom.SOORT))));
        }
        if (rijen.isEmpty()) {
            return new Uitslag(List.of(), "importLeeg");
        }
        if (rijen.size() > MAX_RIJEN) {
            return new Uitslag(List.of(), "importTeGroot");
        }
        return new Uitslag(List.copyOf(rijen), null);
    }

    private static String waarde(List<String> regel, Map<Kolom, Integer> kolommen, Kolom kolom) {
        Integer index = kolommen.get(kolom);
        if (index == null || index >= regel.size() || regel.get(index) == null || regel.get(index).isBlank()) {
            return null;
        }
        return regel.get(index).strip();
    }

    /** 31-01-2025 as 2025-01-31; anything else as written, for klacht-service to name as not a date. */
    public static String datumVoorDienst(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip(), NEDERLANDS).toString();
        } catch (DateTimeParseException e) {
            return waarde.strip();
        }
    }

    /** The kinds of klacht-service, written in any case: medewerker, kamerlid, extern. */
    private static String soort(String waarde) {
        return waarde == null ? null : waarde.toUpperCase(Locale.ROOT);
    }
}
