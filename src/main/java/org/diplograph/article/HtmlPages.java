package org.diplograph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Cuts an HTML news page into title, lead, body, captions and teasers, the way news sites lay them
 * out: the story in {@code <article>} (or {@code itemprop=articleBody}, {@code <main>}, the body),
 * its title in {@code <h1>}, a lead in a paragraph classed {@code chapo}, {@code lead},
 * {@code sapo}..., captions in {@code <figcaption>} or classed {@code caption}/{@code legende},
 * teasers in {@code <aside>} or in lists classed {@code related}, {@code autres}..., or after a
 * heading such as "Voir plus". Navigation, headers, footers, scripts, forms, bylines and sharing
 * links are left out.
 *
 * <p>The page's text is the text of these parts, one paragraph a line, entities decoded; each of its
 * code points is mapped back to the code point of the HTML source it was read from (jsoup's tracked
 * source ranges), so that evidence offsets point into the decoded HTML source.
 */
final class HtmlPages {
    private static final Pattern SKIP_TAGS = Pattern.compile(
            "script|style|noscript|nav|footer|form|iframe|svg|button|select|template|object|embed|video|audio|head");
    private static final Pattern SKIP_CLASS = Pattern.compile(
            "share|social|breadcrumb|menu|cookie|advert|banner|newsletter|comment|byline|author|signature|tags?\\b|"
                    + "copyright|footer|navbar|pagination", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER_CLASS = Pattern.compile(
            "related|teaser|more|autres|voir|lire|read|also|same|recommend|suggest|latest|popular|sidebar|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_CLASS = Pattern.compile(
            "chap[oô]|chapeau|lead|sapo|standfirst|intro|summary|excerpt|description|kicker", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_CLASS = Pattern.compile("caption|l[eé]gende|credit", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd, td";

    private HtmlPages() {}

    static Page split(SourceDoc doc) {
        String src = doc.text();
        Document d = Jsoup.parse(src, "", Parser.htmlParser().setTrackPosition(true));
        Builder b = new Builder(src);
        Element root = container(d);

        Element h1 = root.selectFirst("h1");
        if (h1 == null) h1 = d.selectFirst("h1");
        if (h1 != null) b.block(h1, Page.Kind.TITLE);
        else if (d.selectFirst("title") != null) b.block(d.selectFirst("title"), Page.Kind.TITLE);

        // Teaser lists anywhere on the page, outside the story or at its end after a "Voir plus" heading.
        List<Element> teaserLists = new ArrayList<>();
        Element body = d.body();
        for (Element e : body.select("aside, section, ul, ol, div")) {
            if (b.done(e) || skipped(e, body) || e == root || root.parents().contains(e)) continue;
            if (h1 != null && (e.select("h1").contains(h1) || h1.parents().contains(e))) continue;
            if (isTeaserList(e, root)) {
                teaserLists.add(e);
                b.claim(e);
            }
        }
        boolean afterMore = false;
        for (Element e : root.select(BLOCKS + ", section, ul, ol, div, figure")) {
            if (b.done(e) || skipped(e, root)) continue;
            if (afterMore && !e.tagName().matches("p|h[2-6]|figcaption")) {
                teaserLists.add(e);
                b.claim(e);
                continue;
            }
            if (e.tagName().matches("h[2-6]") && PageSplitter.MORE_HEADING.matcher(e.text()).matches()) {
                afterMore = true;
                b.claim(e);
                continue;
            }
            if (afterMore) continue;
            if (e.is("div") && e.select(BLOCKS).isEmpty() && e.ownText().strip().length() > 40) {
                b.block(e, Page.Kind.BODY); // text written straight into a div, lines cut by <br>
                continue;
            }
            if (!e.is(BLOCKS)) continue;
            if (e.select(BLOCKS).size() > 1 && !e.is("li, figcaption")) continue; // read its inner blocks
            Page.Kind kind;
            if (e.is("figcaption") || classMatches(e, CAPTION_CLASS)) kind = Page.Kind.CAPTION;
            else if (classMatches(e, LEAD_CLASS)) kind = Page.Kind.LEAD;
            else if (e.text().strip().startsWith(">>")) kind = Page.Kind.BOILERPLATE;
            else kind = Page.Kind.BODY;
            b.block(e, kind);
        }
        List<List<Page.Unit>> teasers = new ArrayList<>();
        for (Element list : teaserLists) teasers.addAll(b.teasers(list));
        return b.page(doc, teasers, head(d));
    }

    /** Attributes whose value names the day of publication: "article:published_time", "datePublished"... */
    private static final Pattern PUBLISHED_KEY = Pattern.compile("published_time|datePublished|date_published|pubdate",
            Pattern.CASE_INSENSITIVE);
    /** A day written as machine-readable markup writes it, at the start of a value. */
    private static final Pattern ISO_DAY = Pattern.compile("^((?:19|20)\\d{2}-[01]\\d-[0-3]\\d)");
    /** Class or id of an element printing the day of posting: "post-date", "meta", "time", "published". */
    private static final Pattern DATE_CLASS = Pattern.compile("date|time|meta|publi", Pattern.CASE_INSENSITIVE);
    /** The longest a date block's text is read: a day of posting is printed at its start. */
    private static final int DATE_BLOCK = 160;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * What the markup says about the page (see {@link PageHead}): the first machine-readable day of
     * publication in the page's order (meta or microdata attribute, JSON-LD block, {@code <time
     * datetime>}), the texts of date blocks, {@code og:site_name} and {@code <title>}.
     */
    static PageHead head(Document d) {
        String published = null;
        List<String> blocks = new ArrayList<>();
        for (Element e : d.getAllElements()) {
            if (published == null) published = publishedIn(e);
            if (DATE_CLASS.matcher(e.className()).find() || DATE_CLASS.matcher(e.id()).find()) {
                String text = e.text().strip();
                if (!text.isEmpty()) blocks.add(text.length() > DATE_BLOCK ? text.substring(0, DATE_BLOCK) : text);
            }
        }
        Element site = d.selectFirst("meta[property=og:site_name]");
        String siteName = site == null || site.attr("content").isBlank() ? null : site.attr("content");
        Element title = d.selectFirst("title");
        return new PageHead(published, blocks, siteName, title == null ? null : title.text());
    }

    /** The day of publication element {@code e} states in machine-readable form, or null. */
    private static String publishedIn(Element e) {
        if (e.is("script[type=application/ld+json]")) return publishedIn(e.data());
        if (e.is("time[datetime]")) return isoDay(e.attr("datetime"));
        if (!e.hasAttr("content")) return null;
        for (String key : new String[] {"property", "name", "itemprop"}) {
            if (PUBLISHED_KEY.matcher(e.attr(key)).find()) return isoDay(e.attr("content"));
        }
        return null;
    }

    /** The first {@code datePublished} of a JSON-LD block, at any depth ("@graph" lists), or null. */
    private static String publishedIn(String jsonLd) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(jsonLd);
            if (root == null) return null;
            for (com.fasterxml.jackson.databind.JsonNode found : root.findValues("datePublished")) {
                String day = found.isTextual() ? isoDay(found.asText()) : null;
                if (day != null) return day;
            }
            return null;
        } catch (com.fasterxml.jackson.core.JacksonException badJson) {
            // a page's broken JSON-LD says nothing readable about it
            return null;
        }
    }

    private static String isoDay(String value) {
        Matcher m = ISO_DAY.matcher(value.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The element holding the story: the first that looks like one, else the body. */
    private static Element container(Document d) {
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            for (Element e : d.select(q)) {
                if (!e.select("p").isEmpty() && !isTeaserList(e, d.body())) return e;
            }
        }
        return d.body();
    }

    private static boolean skipped(Element e, Element root) {
        for (Element p = e; p != null && p != root.parent(); p = p.parent()) {
            if (SKIP_TAGS.matcher(p.tagName()).matches()) return true;
            if (p.is("header") && p != root && p.select("h1").isEmpty()) return true; // a site's header
            if (classMatches(p, SKIP_CLASS) && !p.is("body, article, main")) return true;
        }
        return false;
    }

    private static boolean isTeaserList(Element e, Element root) {
        if (e == root) return false;
        if (e.is("aside")) return true;
        return e.is("section, ul, ol, div") && classMatches(e, TEASER_CLASS);
    }

    private static boolean classMatches(Element e, Pattern p) {
        String c = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !c.isBlank() && p.matcher(c).find();
    }

    /** The page's text as it is built, with its map to the source. */
    private static final class Builder {
        private final String src;
        private final int[] cpOfChar;
        private final StringBuilder text = new StringBuilder();
        private int[] map = new int[1024];
        private int cps;
        private int lastEnd;
        private final List<Page.Unit> units = new ArrayList<>();
        private final java.util.Set<Element> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Builder(String src) {
            this.src = src;
            this.cpOfChar = new int[src.length() + 1];
            int cp = 0;
            for (int i = 0; i < src.length(); i++) {
                cpOfChar[i] = cp;
                if (!(Character.isHighSurrogate(src.charAt(i)) && i + 1 < src.length()
                        && Character.isLowSurrogate(src.charAt(i + 1)))) cp++;
            }
            cpOfChar[src.length()] = cp;
        }

        boolean done(Element e) {
            for (Element p = e; p != null; p = p.parent()) if (claimed.contains(p)) return true;
            return false;
        }

        void claim(Element e) {
            claimed.add(e);
        }

        /** Appends the element's text as one line; adds it as a unit of {@code kind} when it has any. */
        void block(Element e, Page.Kind kind) {
            claim(e);
            Page.Unit u = line(e, kind);
            if (u != null) units.add(u);
        }

        private Page.Unit line(Element e, Page.Kind kind) {
            if (text.length() > 0) {
                append('\n', lastEnd);
                append('\n', lastEnd);
            }
            int begin = text.length();
            e.traverse((n, depth) -> {
                if (n instanceof TextNode t) {
                    Element pe = t.parent();
                    if (pe != null && pe != e && skipped(pe, e)) return;
                    text(t);
                } else if (n instanceof Element br && br.tagName().equals("br") && text.length() > begin) {
                    Range r = br.sourceRange();
                    append(' ', r.isTracked() ? cpOfChar[r.startPos()] : lastEnd);
                }
            });
            int b = begin;
            int end = text.length();
            while (b < end && Character.isWhitespace(text.charAt(b))) b++;
            while (end > b && Character.isWhitespace(text.charAt(end - 1))) end--;
            return end > b ? new Page.Unit(kind, b, end) : null;
        }

        /** A text node's decoded text, each code point mapped to where it starts in the source. */
        private void text(TextNode t) {
            String decoded = t.getWholeText();
            Range r = t.sourceRange();
            if (!r.isTracked()) {
                decoded.codePoints().forEach(c -> append(Character.isWhitespace(c) ? ' ' : c, lastEnd));
                return;
            }
            int i = r.startPos();
            int rawEnd = Math.min(r.endPos(), src.length());
            int j = 0;
            while (j < decoded.length()) {
                int c = decoded.codePointAt(j);
                if (i < rawEnd && src.charAt(i) == '&') {
                    int semi = src.indexOf(';', i);
                    if (semi > i && semi < rawEnd && semi - i <= 32) {
                        String ent = Parser.unescapeEntities(src.substring(i, semi + 1), false);
                        if (!ent.equals(src.substring(i, semi + 1)) && decoded.startsWith(ent, j)) {
                            int at = cpOfChar[i];
                            ent.codePoints().forEach(x -> append(x, at));
                            i = semi + 1;
                            j += ent.length();
                            continue;
                        }
                    }
                }
                if (i < rawEnd && src.codePointAt(i) == c) {
                    append(Character.isWhitespace(c) ? ' ' : c, cpOfChar[i]);
                    i += Character.charCount(c);
                } else {
                    append(Character.isWhitespace(c) ? ' ' : c, cpOfChar[Math.min(i, rawEnd)]); // what the parser changed: keep the map monotone
                }
                j += Character.charCount(c);
            }
            lastEnd = cpOfChar[rawEnd];
        }

        private void append(int c, int sourceCp) {
            if (cps + 2 > map.length) map = java.util.Arrays.copyOf(map, map.length * 2);
            text.appendCodePoint(c);
            map[cps++] = sourceCp;
        }

        List<List<Page.Unit>> teasers(Element list) {
            List<Element> items = list.select("li, article");
            items.removeIf(x -> x.parents().stream().anyMatch(p -> p != list && items.contains(p)));
            List<List<Page.Unit>> out = new ArrayList<>();
            if (items.isEmpty()) {
                for (Element a : list.select("a")) {
                    if (a.text().strip().length() < 20) continue;
                    Page.Unit u = line(a, Page.Kind.TITLE);
                    if (u != null) out.add(List.of(u));
                }
                return out;
            }
            for (Element item : items) {
                if (skipped(item, list)) continue;
                List<Page.Unit> own = new ArrayList<>();
                Element cap = item.selectFirst("figcaption, [class~=(?i)caption|legende]");
                Element head = item.selectFirst("h1, h2, h3, h4, h5, h6");
                if (head == null) head = item.selectFirst("a");
                Element lead = item.selectFirst("p");
                if (cap != null) add(own, line(cap, Page.Kind.CAPTION));
                if (head != null) add(own, line(head, Page.Kind.TITLE));
                if (lead != null && lead != head && (head == null || !head.parents().contains(lead))
                        && !lead.parents().contains(cap == null ? lead : cap)) add(own, line(lead, Page.Kind.LEAD));
                if (own.stream().anyMatch(u -> u.kind() != Page.Kind.CAPTION)) out.add(List.copyOf(own));
            }
            return out;
        }

        private static void add(List<Page.Unit> l, Page.Unit u) {
            if (u != null) l.add(u);
        }

        Page page(SourceDoc doc, List<List<Page.Unit>> teasers, PageHead head) {
            String t = text.toString();
            int[] toSource = java.util.Arrays.copyOf(map, cps + 1);
            toSource[cps] = cps == 0 ? 0 : lastEnd;
            List<Page.Unit> out = new ArrayList<>(units);
            String dateline = null;
            String agency = null;
            for (int i = 0; i < out.size() && i < 6; i++) {
                Page.Unit u = out.get(i);
                if (u.kind() != Page.Kind.BODY && u.kind() != Page.Kind.LEAD) continue;
                Matcher m = PageSplitter.DATELINE.matcher(u.text(t));
                if (m.find()) {
                    dateline = m.group(1).strip();
                    agency = m.group(2);
                    out.set(i, new Page.Unit(Page.Kind.BOILERPLATE, u.begin(), u.begin() + m.end()));
                    out.add(i + 1, new Page.Unit(Page.Kind.BODY, u.begin() + m.end(), u.end()));
                    break;
                }
            }
            String tag = PageSplitter.trimAgencyTag(t, out);
            if (agency == null) agency = tag;
            return new Page(doc, List.copyOf(out), dateline, agency, t, toSource, List.copyOf(teasers), head);
        }
    }
}
