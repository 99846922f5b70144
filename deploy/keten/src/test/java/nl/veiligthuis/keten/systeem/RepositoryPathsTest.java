package nl.veiligthuis.keten.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clone on a case-insensitive file system (macOS, Windows) keeps only one of two paths that differ only in case,
 * and the build then fails or, worse, compiles the wrong class (issue 12 point 3).
 */
class RepositoryPathsTest {

    private static final Set<String> NIET_IN_DE_REPOSITORY = Set.of(".git", "target", ".keten-data", "node_modules");

    @Test
    void noTwoPathsDifferOnlyInCase() throws IOException {
        Path root = repositoryRoot();
        Map<String, String> gezien = new HashMap<>();
        List<String> botsingen = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && NIET_IN_DE_REPOSITORY.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                controleer(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                controleer(file);
                return FileVisitResult.CONTINUE;
            }

            private void controleer(Path pad) {
                String relatief = root.relativize(pad).toString();
                String vorige = gezien.putIfAbsent(relatief.toLowerCase(Locale.ROOT), relatief);
                if (vorige != null && !vorige.equals(relatief)) {
                    botsingen.add(vorige + " <-> " + relatief);
                }
            }
        });
        assertThat(gezien).hasSizeGreaterThan(100);
        assertThat(botsingen).isEmpty();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (the directory holding .ci)").isNotNull();
        return dir;
    }
}
