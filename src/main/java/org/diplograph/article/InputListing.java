package org.diplograph.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists the input files under the paths a user gave, never beyond them.
 *
 * <p>Each path given (a file, a folder, or the folder a glob starts from) is a <em>bound</em>, known
 * by its real path: what a symbolic link in it points to is read only when its real path lies inside
 * one of the bounds. A path given by the user that is itself a link is followed, since the user named
 * it; the links met inside a folder are not taken on trust, as a folder may come from anywhere (an
 * archive, a download, a shared inbox). A link met inside whose target lies outside every bound, such
 * as {@code inbox/shadow.txt -> /etc/shadow}, is reported ("points outside the input") and skipped. A
 * link to a file inside the bounds is read once, as the file it points to, under that file's own path;
 * a link to a folder is never entered (when its target lies inside the bounds, its files are read
 * where they lie), so no link loop can make a listing endless. A link that points to nothing, or only
 * to itself, is skipped as a file that is not there.
 *
 * <p>A folder that cannot be listed (permission denied, an I/O error) is reported with the reason and
 * its readable siblings are listed; a folder is said to hold no input file only when all of it could
 * be listed.
 *
 * <p>Each file is also given the name the dataset records for it ({@code dip:sourceFile}), which
 * depends on the file, not on how its path was typed: for a bound inside the working folder, the
 * path from the working folder ({@code seeds/001.txt}, whether {@code seeds}, {@code ./seeds/} or
 * {@code /home/me/project/seeds} was given); for a bound elsewhere, the path from the folder that
 * holds the bound ({@code inbox/001.txt} for {@code /srv/news/inbox}, and for
 * {@code /srv/news/inbox/001.txt} given alone), so that no absolute path of the machine is recorded in
 * the dataset. Separators are '/'.
 */
final class InputListing {
    /** A path given by the user, with its real path, and the name its files are recorded under. */
    private record Bound(Path given, Path real, Path named) {}

    private final InputProblem problems;
    private final Predicate<Path> isInput;
    private final Path workingFolder;
    private final List<Bound> bounds = new ArrayList<>();

    InputListing(InputProblem problems, Predicate<Path> isInput) {
        this.problems = problems;
        this.isInput = isInput;
        this.workingFolder = realOrAbsolute(Paths.get(""));
    }

    /** Every input file under the given paths, sorted within each path, each real file once. */
    List<SourceReader.Input> list(List<String> paths) {
        for (String p : paths) bound(root(p));
        Set<Path> seen = new HashSet<>();
        List<SourceReader.Input> out = new ArrayList<>();
        for (String p : paths) {
            for (Found f : expand(p)) {
                if (seen.add(f.real())) out.add(new SourceReader.Input(f.path(), name(f.real())));
            }
        }
        return out;
    }

    /** A file found: its path under the bound it lies in, as the user gave that bound, and its real path. */
    private record Found(Path path, Path real) {}

    private static boolean isGlob(String p) {
        return p.contains("*") || p.contains("?") || p.contains("[");
    }

    /** The folder a glob starts from, or the path itself. */
    private static Path root(String p) {
        if (!isGlob(p)) return Paths.get(p);
        int glob = p.length();
        for (char c : new char[] {'*', '?', '['}) {
            int k = p.indexOf(c);
            if (k >= 0) glob = Math.min(glob, k);
        }
        int cut = p.replace('\\', '/').lastIndexOf('/', glob);
        return cut < 0 ? Paths.get(".") : Paths.get(p.substring(0, cut == 0 ? 1 : cut));
    }

    private void bound(Path given) {
        Path real;
        try {
            real = given.toRealPath();
        } catch (IOException e) {
            return;   // not there: reported when it is expanded
        }
        bounds.add(new Bound(given, real, named(real)));
    }

    /**
     * The name of a bound: its path from the working folder when inside it; else its last part, or
     * for a file its folder's and its own, as a folder given names its files.
     */
    private Path named(Path real) {
        if (real.startsWith(workingFolder)) return workingFolder.relativize(real);
        Path last = real.getFileName();
        if (last == null) return Paths.get("");
        Path parent = real.getParent();
        boolean file = !Files.isDirectory(real);
        return file && parent != null && parent.getFileName() != null ? parent.getFileName().resolve(last) : last;
    }

    private Bound boundOf(Path real) {
        for (Bound b : bounds) if (real.startsWith(b.real())) return b;
        return null;
    }

    private String name(Path real) {
        Bound b = boundOf(real);
        Path named = b == null ? real : b.named().resolve(b.real().relativize(real));
        return named.toString().replace('\\', '/');
    }

    private List<Found> expand(String p) {
        Path root = root(p);
        if (isGlob(p)) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
            Walk w = walk(root, f -> m.matches(f) || m.matches(root.relativize(f)));
            if (w.found.isEmpty() && !w.failed) problems.report(p, "no input file matches this pattern");
            return w.found;
        }
        if (Files.isDirectory(root)) {
            Walk w = walk(root, f -> true);
            if (w.found.isEmpty() && !w.failed) {
                problems.report(p, SourceReader.EMPTY_FOLDER);
            }
            return w.found;
        }
        if (Files.isRegularFile(root)) {
            try {
                return List.of(new Found(root, root.toRealPath()));
            } catch (IOException e) {
                problems.report(p, "cannot read: " + reason(e));
                return List.of();
            }
        }
        problems.report(p, "no such file or folder");
        return List.of();
    }

    /** What one walk found, and whether some folder of it could not be listed. */
    private static final class Walk {
        final List<Found> found = new ArrayList<>();
        boolean failed;
    }

    /**
     * Walks the real folder of {@code root} without following links, naming what it finds under
     * {@code root} as given; {@code wanted} filters those names (a glob).
     */
    private Walk walk(Path root, Predicate<Path> wanted) {
        Walk w = new Walk();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return w;
        }
        try {
            Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    Path named = root.resolve(realRoot.relativize(file).toString());
                    if (a.isRegularFile()) {
                        if (isInput.test(file) && wanted.test(named)) w.found.add(new Found(named, file));
                    } else if (a.isSymbolicLink()) {
                        link(named, file, wanted, w);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    w.failed = true;
                    Path named = root.resolve(realRoot.relativize(file).toString());
                    boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                    problems.report(named.toString(), (folder ? "cannot list folder: " : "cannot read: ") + reason(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) visitFileFailed(dir, e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            w.failed = true;
            problems.report(root.toString(), "cannot list folder: " + reason(e));
        }
        w.found.sort(Comparator.comparing(Found::path));
        return w;
    }

    /** A link met inside a folder: followed to a file inside the bounds, reported when it points outside. */
    private void link(Path named, Path link, Predicate<Path> wanted, Walk w) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return;   // points to nothing (or in a loop): as a file that is not there
        }
        boolean folder = Files.isDirectory(target);
        if (!folder && !(isInput.test(link) && wanted.test(named))) return;   // not an input file: not looked at
        Bound b = boundOf(target);
        if (b == null) {
            problems.report(named.toString(), "symbolic link points outside the input (to a "
                    + (folder ? "folder" : "file") + " outside the paths given); skipped");
        } else if (!folder && Files.isRegularFile(target) && isInput.test(target)) {
            w.found.add(new Found(b.given().resolve(b.real().relativize(target).toString()), target));
        }
    }

    /** The system's reason, without the path it names (which the origin of the report already gives). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (r == null || r.isBlank()) r = e.getClass().getSimpleName();
        return r.toLowerCase(Locale.ROOT);
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
