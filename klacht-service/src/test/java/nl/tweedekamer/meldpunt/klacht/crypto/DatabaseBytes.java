package nl.tweedekamer.meldpunt.klacht.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Searches the files of a database, as a stolen copy holds them, for canaries: words that share a prefix. */
final class DatabaseBytes {

    private DatabaseBytes() {
    }

    /**
     * The canaries found in the regular files under these directories that changed since {@code sinceMillis} (a
     * canary can only be in a file written after it was made). Bytes are read one to one as Latin-1 characters, so
     * an ASCII canary is found wherever its bytes lie.
     */
    static Set<String> canariesIn(Collection<Path> directories, long sinceMillis, String prefix,
            Collection<String> canaries) {
        Set<String> found = new TreeSet<>();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (Files.getLastModifiedTime(file).toMillis() >= sinceMillis) {
                        found.addAll(canariesIn(Files.readAllBytes(file), prefix, canaries));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** How many regular files under the directories changed since then: a search of nothing proves nothing. */
    static long filesChangedSince(List<Path> directories, long sinceMillis) {
        long count = 0;
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                count += files.filter(Files::isRegularFile).filter(f -> {
                    try {
                        return Files.getLastModifiedTime(f).toMillis() >= sinceMillis;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    private static Set<String> canariesIn(byte[] bytes, String prefix, Collection<String> canaries) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Set<String> found = new TreeSet<>();
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            for (String canary : canaries) {
                if (text.startsWith(canary, at)) {
                    found.add(canary);
                }
            }
        }
        return found;
    }
}
