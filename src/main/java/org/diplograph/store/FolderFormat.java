package org.diplograph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.diplograph.DiplographException;
import org.diplograph.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format of a data folder: the shape of the graphs its database holds and the layout of its
 * files, stamped as one line in the file {@value #FILE} at the top of the folder.
 *
 * <p>A file rather than a triple in a system graph, for two reasons. It is read before TDB2 opens the
 * database, so a folder whose indexes a later build changed is refused before TDB2 reads or repairs
 * them. And it belongs to the folder, not to the data: an export copies graphs into another folder
 * (or another store), where a stamp carried along would be wrong, and the exported graphs stay what
 * they were before the stamp existed.
 *
 * <p>The rules {@link #admit} keeps:
 * <ul>
 *   <li>a folder without the file is either new (stamped {@link #CURRENT}) or written by a build from
 *       before the stamp, whose graphs have the shape of format 1 (stamped 1); both open;</li>
 *   <li>a format from {@link #OLDEST} to {@link #CURRENT} opens;</li>
 *   <li>any other format, or a file that does not say one, is refused with one line that names the
 *       way out, before anything in the folder is touched.</li>
 * </ul>
 * A change of the graphs' shape or of the database's indexes raises {@link #CURRENT}; the build that
 * makes it either still opens the older format (and keeps {@link #OLDEST}) or raises {@link #OLDEST}
 * and names, in the refusal, the command that upgrades an older folder.
 */
final class FolderFormat {
    private static final Logger LOG = LoggerFactory.getLogger(FolderFormat.class);

    /** The stamp's file name, inside the data folder. */
    static final String FILE = "format";
    /**
     * The format this build writes. 2: each person holding an office has its rows of offices by
     * country, reference date and organisation in the summary graph ({@code dip:holdingTally}), and
     * the folder has a text index ({@code text/}, {@link TextIndex}) that every write keeps. A folder
     * of format 1 lacks both: the store builds the index when it opens one, and the command's opening
     * step writes the rows and stamps it 2. A build that reads only format 1 would write past the
     * index, so it refuses a folder of format 2. 3: each event and agreement has its timeline rows in
     * the summary graph ({@code dip:timelineTally}), one per country pair and date, which the
     * timeline of a pair reads; the command's opening step writes them into a folder of format 1 or
     * 2 and stamps it 3. A build that reads only format 2 would not keep them, so it refuses format 3.
     * 4: each entity a fact names has its evidence rows in the summary graph ({@code dip:evidenceTally},
     * one per article, ranked and filed in pages, {@code dip:evidencePage}), which the query evidence
     * reads a page from, and each event and agreement its review rows ({@code dip:reviewList}), one per
     * confidence and article key, ranked in lists of one confidence each, which the query review reads;
     * the command's opening step writes both into a folder of format 1 to 3 and stamps it 4. A build
     * that reads only format 3 would not keep them, so it refuses format 4. 5: each ministry has its
     * rows of country and French name in the summary graph ({@code dip:ministryTally}), from which
     * the query ministries lists a country's ministries and names their counterparts; the command's
     * opening step writes them into a folder of format 1 to 4 and stamps it 5. A build that reads
     * only format 4 would not keep them, so it refuses format 5.
     */
    static final int CURRENT = 5;
    /** The oldest format this build opens. */
    static final int OLDEST = 1;

    private static final String PREFIX = "diplograph data format ";

    private FolderFormat() {}

    /**
     * Opens the way to the database in {@code folder} (which exists) when its format is one this build
     * reads, stamping a folder that has no stamp yet; otherwise throws a {@link DiplographException}
     * whose message is one line naming the way out. Returns the format the folder is in (stamped now
     * when it had no stamp).
     */
    static int admit(Path folder) {
        return admit(folder, OLDEST, CURRENT);
    }

    /** As {@link #admit(Path)}, for a build that reads the formats {@code oldest} to {@code current}. */
    static int admit(Path folder, int oldest, int current) {
        Path stamp = folder.resolve(FILE);
        if (!Files.exists(stamp)) {
            // a folder holding a database already has the graphs of the builds before the stamp: format 1
            int format = Store.exists(folder) ? 1 : current;
            if (format != current) {
                LOG.info("Data folder {} was written before format stamps (format 1); stamped format 1", folder);
            }
            write(stamp, format);
            return format;
        }
        int found = read(stamp);
        String out = "read its articles into a new folder with 'diplograph ingest --db NEW_FOLDER PATH...'";
        if (found > current) {
            throw new DiplographException("The data folder " + folder + " is in data format " + found
                    + ", newer than this build of diplograph (" + Version.get() + ") reads (" + range(oldest, current)
                    + "): open it with the newer build that wrote it, or " + out + ".");
        }
        if (found < oldest) {
            throw new DiplographException("The data folder " + folder + " is in data format " + found
                    + ", older than this build of diplograph (" + Version.get() + ") reads (" + range(oldest, current)
                    + "): " + out + ".");
        }
        return found;
    }

    /** The format stamped on {@code folder}, or 0 when it has none yet. */
    static int of(Path folder) {
        Path stamp = folder.resolve(FILE);
        return Files.exists(stamp) ? read(stamp) : 0;
    }

    /** Writes the stamp of format {@code format} in {@code folder}: for tests of folders from other builds. */
    static void stamp(Path folder, int format) {
        write(folder.resolve(FILE), format);
    }

    private static String range(int oldest, int current) {
        return oldest == current ? "format " + current : "formats " + oldest + " to " + current;
    }

    private static int read(Path stamp) {
        String line;
        try {
            line = Files.readString(stamp, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new DiplographException("Cannot read the data format of " + stamp.getParent() + " in " + stamp
                    + ": " + StoreWrite.reason(e), e);
        }
        if (line.startsWith(PREFIX)) {
            try {
                return Integer.parseInt(line.substring(PREFIX.length()).strip());
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new DiplographException("The file " + stamp + " does not say a data format (it should read '" + PREFIX
                + CURRENT + "'): the folder " + stamp.getParent() + " was not written by diplograph, or that file was"
                + " changed; restore it, or read the articles into a new folder with 'diplograph ingest --db NEW_FOLDER PATH...'.");
    }

    /** Written beside and moved into place, so that a stamp is never half written. */
    private static void write(Path stamp, int format) {
        Path part = stamp.resolveSibling(FILE + ".part");
        try {
            Files.writeString(part, PREFIX + format + "\n", StandardCharsets.UTF_8);
            Files.move(part, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DiplographException("Cannot write the data format of " + stamp.getParent() + " in " + stamp
                    + ": " + StoreWrite.reason(e), e);
        }
    }
}
