package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.rdf.DIP;

/**
 * What the duplicate rules need of every stored article that has {@link Bands}, held in memory for
 * one run that is the dataset's only writer: the candidates of an article and their fingerprints,
 * repairs, dates and keys come from here instead of band and property look-ups in the dataset, whose
 * cost grows with the dataset (a two-word band is shared by more unrelated stories as it grows).
 *
 * <p>Contract: after {@link #load} inside a transaction, the index holds one entry for each article
 * whose bands the summary graph holds, with the values {@link Duplicates} would read for it; every
 * change of an article's bands in that run goes through {@link Duplicates#link} with this index (or
 * {@link #forget} after a removal), which keeps the two equal. Band values are held as 64-bit hashes:
 * two different bands may share one, which only adds a candidate that the similarity check then
 * drops, so the candidates are a superset of those the stored bands give and the links are the same.
 * Writes made by anyone else during the run are not seen: a server, whose requests write
 * concurrently, looks the bands up in the dataset instead.
 *
 * <p>Memory: about 2 kB per article (the fingerprint's 512 characters, 0.6 kB; the key, date and IRI,
 * 0.3 kB; 26 band postings, 0.2 to 0.4 kB; their slots in the hash table, kept at most half full, 0.6 to
 * 1.2 kB), so 100,000 articles take about 200 MB.
 */
public final class CopyIndex {
    private final Map<Node, Integer> slotOf = new HashMap<>();
    /** Entries by slot; null once an article was replaced or removed (its postings then point nowhere). */
    private Duplicates.Copy[] copies = new Duplicates.Copy[1024];
    private int slots;
    /** Open addressing: band hash to the first posting of that band, -1 when empty. */
    private long[] bandKeys = new long[1 << 12];
    private int[] bandHeads = filled(1 << 12);
    private int bands;
    private int[] postingSlot = new int[1 << 14];
    private int[] postingNext = new int[1 << 14];
    private int postings;
    /** Marks the slots already returned by the current {@link #candidates} call. */
    private int[] seen = new int[1024];
    private int epoch;

    private CopyIndex() {}

    /** An index of no article, for a dataset that holds none. */
    static CopyIndex empty() {
        return new CopyIndex();
    }

    /**
     * Reads every article that has bands in {@code summaryGraph} (writing them first for a dataset
     * kept before bands were, as {@link Duplicates#link} does). Call inside a write transaction.
     */
    public static CopyIndex load(DatasetGraph dsg, Node summaryGraph) {
        Bands.backfill(dsg, summaryGraph);
        CopyIndex index = new CopyIndex();
        Map<Node, Duplicates.Copy> read = new HashMap<>();
        List<Node> banded = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, DIP.fingerprint, Node.ANY).forEachRemaining(q -> {
            Node a = q.getSubject();
            if (!read.containsKey(a) && dsg.find(summaryGraph, a, DIP.fingerprintBand, Node.ANY).hasNext()) {
                read.put(a, null);
                banded.add(a);
            }
        });
        read.clear();
        for (Node a : banded) {
            Duplicates.Copy c = Duplicates.copy(dsg, a, read);
            if (c != null) index.put(c);
        }
        return index;
    }

    /** The number of articles held. */
    public int size() {
        return slotOf.size();
    }

    /** The entry of {@code article}, or null when it has no bands. */
    Duplicates.Copy get(Node article) {
        Integer slot = slotOf.get(article);
        return slot == null ? null : copies[slot];
    }

    /** Holds {@code article} as {@code copy} now (null: it has no bands any more). */
    void set(Node article, Duplicates.Copy copy) {
        forget(article);
        if (copy != null) put(copy);
    }

    /** Drops an article that was removed from the dataset. */
    public void forget(Node article) {
        Integer slot = slotOf.remove(article);
        if (slot != null) copies[slot] = null;
    }

    /** The held articles that share a band with {@code fingerprint}, and maybe a few others. */
    List<Duplicates.Copy> candidates(String fingerprint) {
        List<Duplicates.Copy> out = new ArrayList<>();
        if (++epoch == 0) {
            Arrays.fill(seen, 0);
            epoch = 1;
        }
        for (long band : hashes(fingerprint)) {
            int at = find(band);
            if (bandKeys[at] != band || bandHeads[at] < 0) continue;
            for (int p = bandHeads[at]; p >= 0; p = postingNext[p]) {
                int slot = postingSlot[p];
                if (copies[slot] != null && seen[slot] != epoch) {
                    seen[slot] = epoch;
                    out.add(copies[slot]);
                }
            }
        }
        return out;
    }

    private void put(Duplicates.Copy c) {
        if (slots == copies.length) {
            copies = Arrays.copyOf(copies, slots * 2);
            seen = Arrays.copyOf(seen, slots * 2);
        }
        int slot = slots++;
        copies[slot] = c;
        slotOf.put(c.article(), slot);
        for (long band : hashes(c.fingerprint())) {
            if ((bands + 1) * 2 > bandKeys.length) grow();
            int at = find(band);
            if (bandHeads[at] < 0) {
                bandKeys[at] = band;
                bands++;
            }
            if (postings == postingSlot.length) {
                postingSlot = Arrays.copyOf(postingSlot, postings * 2);
                postingNext = Arrays.copyOf(postingNext, postings * 2);
            }
            postingSlot[postings] = slot;
            postingNext[postings] = bandHeads[at];
            bandHeads[at] = postings++;
        }
    }

    /** The table position of {@code band}: where it is, or the empty one where it would go. */
    private int find(long band) {
        int mask = bandKeys.length - 1;
        int at = (int) (band ^ (band >>> 32)) & mask;
        while (bandHeads[at] >= 0 && bandKeys[at] != band) at = (at + 1) & mask;
        return at;
    }

    private void grow() {
        long[] keys = bandKeys;
        int[] heads = bandHeads;
        bandKeys = new long[keys.length * 2];
        bandHeads = filled(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            if (heads[i] < 0) continue;
            int at = find(keys[i]);
            bandKeys[at] = keys[i];
            bandHeads[at] = heads[i];
        }
    }

    /** A 64-bit hash of each band of {@link Bands#of}, its number included; none when malformed. */
    static long[] hashes(String fingerprint) {
        List<String> values = Bands.values(fingerprint);
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            String v = values.get(i);
            long h = 0xCBF29CE484222325L;
            for (int k = 0; k < v.length(); k++) h = (h ^ v.charAt(k)) * 0x100000001B3L;
            out[i] = h ^ (h >>> 29);
        }
        return out;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
