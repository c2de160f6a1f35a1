package org.diplograph.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.article.InputProblem;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.Terms;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads N-Quads partitions ({@code .nq} or {@code .nq.gz} files, or folders of them: what {@code export}
 * or another RDF tool writes) into an empty dataset, then runs the {@link AfterLoad} steps and puts the new
 * database in place ({@link BulkLoad}: a stopped load leaves the dataset as it was).
 *
 * <pre>
 *   PartitionLoad.Result r = PartitionLoad.create().store(store).loader(PartitionLoad.Loader.AUTO).build().run(paths);
 * </pre>
 *
 * <p>Two loaders, both Jena's. The parallel loader runs in this process and writes its indexes in
 * place, all at once: fast while the database fits in the memory the system can cache, slow once its
 * indexes are read back from disk at every write. The xloader ({@code tdb2.xloader} of
 * {@code jena-cmds}) builds the node table and each index from sorted runs on disk, one after the
 * other, in child processes ({@link XLoaderPhase}) as its script does: slower while everything fits,
 * steady beyond. {@link Loader#AUTO} compares the database the input will make ({@link #DATABASE_PER_INPUT_BYTE}
 * times the N-Quads bytes) with the memory left beside this JVM's heap ({@link #choose}).
 *
 * <p>Every file is parsed once before the load (in parallel): a file that is not N-Quads is reported
 * with its line and what is wrong, and left out, while the others load; neither loader can leave a
 * file out once it has started. The dataset must hold nothing but the ontology and runs graphs (as
 * for {@code ingest --bulk}); those are kept unless the input has its own, and the ontology graph of
 * this build is added when neither has one.
 */
public final class PartitionLoad {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionLoad.class);

    /**
     * Bytes of TDB2 database per byte of N-Quads, what {@link Loader#AUTO} multiplies the input by:
     * measured on the export of 9,995 generated articles (301 MB of N-Quads, 1,064,941 quads), whose
     * loaded database with its summary rows takes 487 MB (1.62).
     */
    static final double DATABASE_PER_INPUT_BYTE = 1.6;
    /** The quad indexes of a TDB2 database and its triple indexes, in the order the xloader's script builds them. */
    private static final List<String> TRIPLE_INDEXES = List.of("SPO", "POS", "OSP");
    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    private static final String XLOADER = "tdb2.xloader.";

    /** Which of Jena's loaders fills the new database. */
    public enum Loader {
        /** The parallel loader below the memory size ({@link #choose}), the xloader above it. */
        AUTO,
        /** Jena's parallel loader, in this process. */
        PARALLEL,
        /** Jena's xloader, in child processes, through sorted files on disk. */
        XLOADER
    }

    /** What a load did: the loader used and why, the files loaded, the quads read, the files left out. */
    public record Result(Loader loader, String why, List<Path> loaded, long quads, long inputBytes, int leftOut, double seconds) {}

    /** The choice of {@link Loader#AUTO}, with the figures it compared, said in one line. */
    record Choice(Loader loader, String why) {}

    private final Store store;
    private final Loader loader;
    private final Path tmpdir;
    private final InputProblem reported;

    private PartitionLoad(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.loader = b.loader;
        this.tmpdir = b.tmpdir;
        this.reported = b.problems;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Settings of a load. */
    public static final class Builder {
        private Store store;
        private Loader loader = Loader.AUTO;
        private Path tmpdir;
        private InputProblem problems = InputProblem.logging();

        private Builder() {}

        /** The dataset to fill: empty but for the ontology and runs graphs. */
        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** The loader (default {@link Loader#AUTO}). */
        public Builder loader(Loader loader) {
            this.loader = Objects.requireNonNull(loader);
            return this;
        }

        /**
         * Where the xloader writes its sorted work files (about the size of the input, compressed);
         * default: inside the new database's folder. A new folder is made inside it and removed after.
         */
        public Builder tmpdir(Path tmpdir) {
            this.tmpdir = tmpdir;
            return this;
        }

        /** Receives each file or folder left out and why (default: logged). */
        public Builder problems(InputProblem problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        public PartitionLoad build() {
            return new PartitionLoad(this);
        }
    }

    /** Loads the partitions under {@code paths}; throws when nothing can be loaded or the dataset is not empty. */
    public Result run(List<Path> paths) {
        long started = System.nanoTime();
        int[] leftOut = new int[1];
        InputProblem problems = (origin, message) -> {
            leftOut[0]++;
            reported.report(origin, message);
        };
        String refused = Ingest.bulkRefusal(store);
        if (refused != null) throw new DiplographException("Cannot load: " + refused + ".");
        Checked checked = check(list(paths, problems), problems);
        if (checked.files().isEmpty()) throw new DiplographException("Nothing to load: no readable N-Quads partition in " + paths);
        List<Quad> kept = kept(checked);
        Choice choice = loader == Loader.AUTO ? choose(checked.bytes(), physicalMemory(), Runtime.getRuntime().maxMemory())
                : new Choice(loader, "as asked");
        LOG.info("Load of {} partitions ({} quads, {} MB of N-Quads) into {} with Jena's {}: {}", checked.files().size(),
                checked.quads(), checked.bytes() >> 20, store.folder(), choice.loader() == Loader.PARALLEL ? "parallel loader" : "xloader",
                choice.why());
        if (choice.loader() == Loader.PARALLEL) parallel(checked.files(), kept);
        else xloader(checked.files(), kept, checked.triples() > 0);
        return new Result(choice.loader(), choice.why(), checked.files(), checked.quads() + kept.size(), checked.bytes(),
                leftOut[0], (System.nanoTime() - started) / 1e9);
    }

    /**
     * The loader for a database made from {@code inputBytes} of N-Quads on a machine of
     * {@code physical} bytes of memory, {@code heap} of it this JVM's: the parallel loader while the
     * database fits in half of what is left beside the heap (the system's cache of the files it writes
     * at random; the other half for the rest of the machine), the xloader above.
     */
    static Choice choose(long inputBytes, long physical, long heap) {
        long database = (long) (inputBytes * DATABASE_PER_INPUT_BYTE);
        long cache = Math.max(0, physical - heap) / 2;
        String figures = String.format(Locale.ROOT, "a database of about %,d MB (%.1f bytes per N-Quads byte) against %,d MB"
                + " of memory to cache it (half of the %,d MB beside a heap of %,d MB)", database >> 20, DATABASE_PER_INPUT_BYTE,
                cache >> 20, Math.max(0, physical - heap) >> 20, heap >> 20);
        return database <= cache ? new Choice(Loader.PARALLEL, figures + ": it fits, the parallel loader")
                : new Choice(Loader.XLOADER, figures + ": larger, the xloader");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory() * 4;
    }

    // ---- the files

    /** The partition files under {@code paths}: each file named, and the {@code .nq}/{@code .nq.gz} files of each folder. */
    private static List<Path> list(List<Path> paths, InputProblem problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside;
                try (Stream<Path> s = Files.list(p)) {
                    inside = s.filter(Files::isRegularFile).filter(f -> !ignored(f)).sorted().toList();
                } catch (IOException e) {
                    problems.report(p.toString(), "cannot list the folder: " + StoreWrite.reason(e));
                    continue;
                }
                int before = out.size();
                for (Path f : inside) {
                    if (partition(f)) out.add(f);
                    else problems.report(f.toString(), "not an N-Quads partition (.nq or .nq.gz): left out");
                }
                if (out.size() == before) problems.report(p.toString(), "no N-Quads partition (.nq or .nq.gz) in this folder");
            } else if (!Files.exists(p)) {
                problems.report(p.toString(), "no such file or folder");
            } else if (!partition(p)) {
                problems.report(p.toString(), "not an N-Quads partition (.nq or .nq.gz): left out");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean partition(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /** What a partitioned writer leaves beside its parts: markers ({@code _SUCCESS}), checksums, hidden files. */
    private static boolean ignored(Path f) {
        String name = f.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".") || name.endsWith(".crc");
    }

    /** The files that parse, with their quads, N-Quads bytes, triples in the default graph, and graphs of note. */
    private record Checked(List<Path> files, long quads, long triples, long bytes, boolean ontology, boolean runs) {}

    private record FileCheck(Path file, long quads, long triples, long bytes, boolean ontology, boolean runs, String problem) {}

    /** Parses every file, several at a time: the bad ones are reported and left out. */
    private static Checked check(List<Path> files, InputProblem problems) {
        long started = System.nanoTime();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        List<FileCheck> checks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FileCheck>> futures = new ArrayList<>();
            for (Path f : files) futures.add(pool.submit(() -> checkOne(f)));
            for (Future<FileCheck> f : futures) checks.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("The check of the partitions was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DiplographException("Cannot check the partitions: " + StoreWrite.reason(e.getCause()), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Path> good = new ArrayList<>();
        long quads = 0, triples = 0, bytes = 0;
        boolean ontology = false, runs = false;
        for (FileCheck c : checks) {
            if (c.problem() != null) {
                problems.report(c.file().toString(), c.problem() + ": left out");
                continue;
            }
            good.add(c.file());
            quads += c.quads();
            triples += c.triples();
            bytes += c.bytes();
            ontology |= c.ontology();
            runs |= c.runs();
        }
        LOG.info("Partitions: {} files checked ({} quads, {} MB of N-Quads), {} left out, in {} ms", checks.size(), quads + triples,
                bytes >> 20, checks.size() - good.size(), (System.nanoTime() - started) / 1_000_000);
        return new Checked(good, quads + triples, triples, bytes, ontology, runs);
    }

    private static FileCheck checkOne(Path file) {
        long[] n = new long[2];
        boolean[] graphs = new boolean[2];
        StreamRDF count = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                n[1]++;
            }

            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph()) {
                    n[1]++;
                    return;
                }
                n[0]++;
                Node g = q.getGraph();
                if (g.equals(Terms.ONTOLOGY_GRAPH)) graphs[0] = true;
                else if (g.equals(Terms.RUNS_GRAPH)) graphs[1] = true;
            }
        };
        try {
            long bytes = nquadsBytes(file);
            parse(file, count);
            return new FileCheck(file, n[0], n[1], bytes, graphs[0], graphs[1], null);
        } catch (IOException e) {
            return new FileCheck(file, 0, 0, 0, false, false, "cannot read it: " + StoreWrite.reason(e));
        } catch (RuntimeException e) {
            // the parser's message says the line and column
            return new FileCheck(file, 0, 0, 0, false, false, "not N-Quads: " + StoreWrite.reason(e));
        }
    }

    /** Parses one partition, decompressed if its name ends with {@code .gz}, as the xloader reads it. */
    private static void parse(Path file, StreamRDF into) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try (InputStream data = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in) {
            RDFParser.source(data).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(into);
        } finally {
            in.close();
        }
    }

    /**
     * The N-Quads bytes of a partition: its size, or for a {@code .gz} file the size gzip records at its
     * end (modulo 4 GiB, so taken at least twice the compressed size, a ratio N-Quads always exceeds).
     */
    static long nquadsBytes(Path file) throws IOException {
        long size = Files.size(file);
        if (!file.getFileName().toString().endsWith(".gz") || size < 4) return size;
        long recorded;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(size - 4);
            byte[] b = new byte[4];
            f.readFully(b);
            recorded = (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
        }
        while (recorded < 2 * size) recorded += 1L << 32;
        return recorded;
    }

    /** The stored graphs the input does not replace, and this build's ontology graph when neither has one. */
    private List<Quad> kept(Checked checked) {
        DatasetGraph dsg = store.dataset();
        List<Quad> out = new ArrayList<>();
        boolean storedOntology = Txn.calculateRead(dsg, () -> {
            if (!checked.runs()) dsg.find(Terms.RUNS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            if (!checked.ontology()) dsg.find(Terms.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return dsg.containsGraph(Terms.ONTOLOGY_GRAPH);
        });
        if (!checked.ontology() && !storedOntology) out.addAll(OntologyGraph.of(ArticleMapper.standard()).quads());
        return out;
    }

    // ---- the parallel loader

    private void parallel(List<Path> files, List<Quad> kept) {
        long started = System.nanoTime();
        BulkLoad load = BulkLoad.start(store);
        try {
            StreamRDF into = new StreamRDFWrapper(load.stream()) {
                @Override
                public void start() { /* one stream for every file: started and finished by the load */ }

                @Override
                public void finish() { }
            };
            kept.forEach(into::quad);
            for (Path f : files) parse(f, into);
        } catch (IOException | RuntimeException e) {
            load.abort(e);
            throw new DiplographException("The load into " + store.folder() + " failed: " + StoreWrite.reason(e)
                    + ". The dataset is as it was before it.", e);
        }
        LOG.info("Parallel loader: {} files loaded in {} ms", files.size(), (System.nanoTime() - started) / 1_000_000);
        load.finish(AfterLoad::run);
    }

    // ---- the xloader

    private void xloader(List<Path> files, List<Quad> kept, boolean triples) {
        long started = System.nanoTime();
        Path db = BulkLoad.prepare(store);
        Path work = null;
        Path keptFile = null;
        try {
            work = tmpdir == null ? db : Files.createTempDirectory(Files.createDirectories(tmpdir), "diplograph-xloader-");
            List<String> data = new ArrayList<>();
            if (!kept.isEmpty()) {
                keptFile = Files.createTempFile("diplograph-kept-", ".nq");
                DatasetGraph g = DatasetGraphFactory.create();
                kept.forEach(g::add);
                try (OutputStream out = Files.newOutputStream(keptFile)) {
                    RDFDataMgr.write(out, g, Lang.NQUADS);
                }
                data.add(keptFile.toAbsolutePath().toString());
            }
            files.forEach(f -> data.add(f.toAbsolutePath().toString()));
            String loc = db.toAbsolutePath().toString();
            String tmp = work.toAbsolutePath().toString();
            String threads = Integer.toString(Runtime.getRuntime().availableProcessors());
            phase("CmdxBuildNodeTable", concat(List.of("--loc", loc, "--tmpdir", tmp, "--threads", threads), data));
            phase("CmdxIngestData", concat(List.of("--loc", loc, "--tmpdir", tmp, "--triples", tmp + "/triples.tmp",
                    "--quads", tmp + "/quads.tmp"), data));
            JsonNode counts = new ObjectMapper().readTree(work.resolve("load.json").toFile());
            List<String> indexes = new ArrayList<>();
            if (triples || counts.path("triples").asLong(1) > 0) indexes.addAll(TRIPLE_INDEXES);
            if (counts.path("quads").asLong(1) > 0) indexes.addAll(QUAD_INDEXES);
            for (String index : indexes) {
                phase("CmdxBuildIndex", List.of("--loc", loc, "--tmpdir", tmp, "--threads", threads, "--index", index,
                        tmp + "/triples.tmp", tmp + "/quads.tmp"));
            }
            removeWorkFiles(db, work);
        } catch (IOException | RuntimeException e) {
            BulkLoad.dropBuilt(store);
            throw e instanceof DiplographException d ? d : new DiplographException("The xloader's load into " + db + " failed: "
                    + StoreWrite.reason(e) + ". The dataset in " + store.folder() + " is as it was before it.", e);
        } finally {
            if (work != null && !work.equals(db)) deleteQuietly(work);
            if (keptFile != null) deleteQuietly(keptFile);
        }
        LOG.info("Xloader: {} files loaded in {} ms", files.size(), (System.nanoTime() - started) / 1_000_000);
        BulkLoad.built(store).finish(AfterLoad::run);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Runs one phase of the xloader in a child process; its output is logged at DEBUG, its last lines told if it fails. */
    private void phase(String command, List<String> args) {
        long started = System.nanoTime();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (childHeap() >> 20) + "m", "-cp", System.getProperty("java.class.path"),
                XLoaderPhase.class.getName(), XLOADER + command));
        cmd.addAll(args);
        Deque<String> last = new ArrayDeque<>();
        int status;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    LOG.debug("xloader: {}", line);
                    last.addLast(line);
                    if (last.size() > 12) last.removeFirst();
                }
            }
            status = p.waitFor();
        } catch (IOException e) {
            throw new DiplographException("Cannot start the xloader's phase " + command + ": " + StoreWrite.reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("The xloader's phase " + command + " was interrupted", e);
        }
        if (status != 0) {
            throw new DiplographException("The xloader's phase " + command + " failed (exit status " + status + "); it said:\n  "
                    + String.join("\n  ", last));
        }
        LOG.debug("Xloader: {} done in {} ms", command, (System.nanoTime() - started) / 1_000_000);
    }

    /** The heap of a phase: the script's 4 GiB, or an eighth of the machine's memory if less (a large heap is not needed). */
    private static long childHeap() {
        return Math.max(512L << 20, Math.min(4L << 30, physicalMemory() / 8));
    }

    /** The work files the phases left in the database's folder (the xloader's default place for them). */
    private static void removeWorkFiles(Path db, Path work) throws IOException {
        if (!work.equals(db)) return;
        try (Stream<Path> s = Files.list(db)) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                if (!Files.isDirectory(f) && !name.equals("tdb.lock")) Files.delete(f);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("Cannot remove the load's work files in {}: {}", p, StoreWrite.reason(e));
        }
    }
}
