package org.diplograph.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds every IRI of {@code ontology/MODEL.md} under {@value Vocab#ID}. IRIs are readable and
 * deterministic: the same key always gives the same IRI, so an entity that several articles mention
 * is one node.
 *
 * <p>Entity keys (persons, organisations, places, topics...) go through {@link #slug}. Article keys
 * are the articles' identities (record ids, URLs, file names) and must stay distinguishable, so they
 * are not slugged but percent-encoded: every character outside RFC 3986's unreserved set
 * ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX} of its UTF-8 bytes. {@code 001_04a5} stays as it
 * is; {@code https://x.vn/a b} becomes {@code https%3A%2F%2Fx.vn%2Fa%20b}.
 */
public final class Iris {
    /** The graph of the ontology, schemes and country table. */
    public static final String ONTOLOGY_GRAPH = Vocab.ID + "graph/ontology";
    /** The graph of per-relation counts kept at ingest. */
    public static final String SUMMARY_GRAPH = Vocab.ID + "graph/summary";
    /** Prefix of every article graph's IRI ({@link #articleGraph}). */
    public static final String ARTICLE_GRAPHS = Vocab.ID + "graph/article/";
    /** The graph of ingest runs. */
    public static final String RUNS_GRAPH = Vocab.ID + "graph/runs";
    /** The graph of editors' corrections and retractions, applied to the article graphs. */
    public static final String CURATION_GRAPH = Vocab.ID + "graph/curation";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Letters that Unicode decomposition leaves alone. */
    private static final Map<Character, String> FOLDS = Map.ofEntries(
            Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ß', "ss"), Map.entry('ı', "i"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"));

    private Iris() {}

    /**
     * Lower case, diacritics folded (đ → d, œ → oe), every run of other characters than a-z and 0-9
     * turned into one {@code -}, none at either end: "Trần Văn Đức" → "tran-van-duc",
     * "Ministère des Affaires étrangères" → "ministere-des-affaires-etrangeres". Idempotent.
     *
     * @throws IllegalArgumentException if nothing is left (the input has no letter or digit)
     */
    public static String slug(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = FOLDS.get(c);
            b.append(f != null ? f : String.valueOf(c));
        }
        String folded = MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
        String out = EDGE_DASH.matcher(NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (out.isEmpty()) throw new IllegalArgumentException("no letter or digit to make a key of: \"" + s + "\"");
        return out;
    }

    /**
     * An article key made safe for an IRI path segment: unreserved characters kept, others
     * percent-encoded as UTF-8; "." and ".." are encoded too, so that no IRI resolver drops them.
     */
    public static String articleSegment(String key) {
        if (key.isEmpty()) throw new IllegalArgumentException("empty article key");
        if (key.equals(".") || key.equals("..")) return key.replace(".", "%2E");
        StringBuilder b = new StringBuilder(key.length());
        for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /**
     * The article key an article IRI or article graph IRI was made from (the inverse of
     * {@link #article} and {@link #articleGraph}).
     *
     * @throws IllegalArgumentException if the IRI is neither
     */
    public static String articleKeyOf(String iri) {
        String segment;
        if (iri.startsWith(Vocab.ID + "article/")) segment = iri.substring((Vocab.ID + "article/").length());
        else if (iri.startsWith(ARTICLE_GRAPHS)) segment = iri.substring(ARTICLE_GRAPHS.length());
        else throw new IllegalArgumentException("not an article IRI: " + iri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code id:article/{key}}. */
    public static String article(String key) {
        return Vocab.ID + "article/" + articleSegment(key);
    }

    /** {@code id:graph/article/{key}}: the named graph of everything one article states. */
    public static String articleGraph(String key) {
        return ARTICLE_GRAPHS + articleSegment(key);
    }

    /**
     * {@code id:country/{CC}}.
     *
     * @param alpha2 ISO 3166-1 alpha-2 code, either case
     * @throws IllegalArgumentException if it is not two letters
     */
    public static String country(String alpha2) {
        String cc = alpha2.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(cc).matches()) throw new IllegalArgumentException("not an ISO alpha-2 code: " + alpha2);
        return Vocab.ID + "country/" + cc;
    }

    /** {@code id:person/{slug}}. */
    public static String person(String key) {
        return Vocab.ID + "person/" + slug(key);
    }

    /**
     * {@code id:org/{cc|int}/{slug}} from an organisation key {@code "{CC or int}/{slug}"}; each
     * segment is slugged, so {@code "JP/Agence X"} and {@code "jp/agence-x"} give one IRI.
     */
    public static String org(String key) {
        int slash = key.indexOf('/');
        return Vocab.ID + "org/" + (slash < 0 ? slug(key) : slug(key.substring(0, slash)) + "/" + slug(key.substring(slash + 1)));
    }

    /** {@code id:place/{slug}}. */
    public static String place(String key) {
        return Vocab.ID + "place/" + slug(key);
    }

    /** {@code id:relation/{CC}-{CC}}, codes upper case and sorted, so the pair is unordered. */
    public static String relation(String a, String b) {
        String x = country(a).substring(Vocab.ID.length() + "country/".length());
        String y = country(b).substring(Vocab.ID.length() + "country/".length());
        if (x.equals(y)) throw new IllegalArgumentException("a relation needs two countries: " + a + ", " + b);
        return Vocab.ID + "relation/" + (x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x);
    }

    /** {@code id:event/{key}/{n}}, n from 1 in the article's order. */
    public static String event(String articleKey, int n) {
        return numbered("event/", articleKey, n);
    }

    /**
     * {@code id:event/on-{date}-{kind}-{hash}}: an event told the same way by any article, so that two
     * articles reporting it describe one node. date: its lexical form, a year unknown written
     * {@code xxxx} ("--08-07" → xxxx-08-07); hash: of the countries and persons that identify it, in
     * any order.
     */
    public static String reportedEvent(String kind, String date, java.util.Collection<String> countries,
                                       java.util.Collection<String> persons) {
        return reported("event/", date, kind,
                String.join(",", new java.util.TreeSet<>(countries)) + "|" + String.join(",", new java.util.TreeSet<>(persons)));
    }

    /**
     * {@code id:agreement/on-{date}-{type}-{hash}}: an agreement signed on a stated day, the same node
     * in every article that reports it. hash: of its parties and its topic (or topic text), so two
     * memoranda signed the same day between the same countries on different fields stay two.
     */
    public static String reportedAgreement(String type, String date, java.util.Collection<String> parties, String topic) {
        return reported("agreement/", date, type,
                String.join(",", new java.util.TreeSet<>(parties)) + "|" + (topic == null ? "" : slug(topic)));
    }

    /** {@code id:{kind}on-{day}-{what}-{first 12 hex of SHA-256(identity)}}, an unknown year as xxxx. */
    private static String reported(String kind, String date, String what, String identity) {
        String day = date.startsWith("--") ? "xxxx" + date.substring(1) : date;
        String hash = org.apache.commons.codec.digest.DigestUtils.sha256Hex(identity.getBytes(StandardCharsets.UTF_8));
        return Vocab.ID + kind + "on-" + day + "-" + slug(what) + "-" + hash.substring(0, 12);
    }

    /** {@code id:agreement/{key}/{n}}, n from 1 in the article's order. */
    public static String agreement(String articleKey, int n) {
        return numbered("agreement/", articleKey, n);
    }

    /** {@code id:office/{key}/{n}}, n from 1 in the article's order. */
    public static String office(String articleKey, int n) {
        return numbered("office/", articleKey, n);
    }

    private static String numbered(String kind, String articleKey, int n) {
        if (n < 1) throw new IllegalArgumentException(kind + " numbers start at 1, not " + n);
        return Vocab.ID + kind + articleSegment(articleKey) + "/" + n;
    }

    /** {@code id:evidence/{key}/{begin}-{end}}, offsets in code points. */
    public static String evidence(String articleKey, int begin, int end) {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
        return Vocab.ID + "evidence/" + articleSegment(articleKey) + "/" + begin + "-" + end;
    }

    /** {@code id:event-type/{kind}}: the facts kind with spaces as '-' ("phone call" → phone-call). */
    public static String eventType(String kind) {
        return Vocab.ID + "event-type/" + slug(kind);
    }

    /** {@code id:topic/{slug}}. */
    public static String topic(String key) {
        return Vocab.ID + "topic/" + slug(key);
    }

    /** {@code id:framework/{slug}}. */
    public static String framework(String key) {
        return Vocab.ID + "framework/" + slug(key);
    }
}
