package org.diplograph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a wire-story page into title, lead, body, captions, teasers and boilerplate.
 *
 * <p>The shape it expects is the one news sites share: a title line, a lead paragraph, a body
 * opening with a dateline ({@code Tokyo (VNA) -}), photo captions ending in a credit
 * ({@code Photo : VNA}) or following an image marker ({@code ảnh 1}), a closing agency tag
 * ({@code -VNA}), then a list of teasers for other stories after a heading such as
 * {@code Voir plus}, each teaser a title and a lead, often after its photo's caption. Link lines
 * ({@code >>}) and footers ({@code ©}, {@code Tous droits réservés}) are boilerplate. Parts it
 * cannot place are body.
 */
public final class PageSplitter {
    static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}'’. -]{1,40}?)\\s*\\((\\p{Lu}{2,8})\\)\\s*[-–—:]\\s*");
    static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:Photo|Photos|Ảnh|Crédit|Source)\\s*(?:[:/]\\s*)?[\\p{L} .&-]{0,40}\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern IMAGE_MARKER = Pattern.compile("ảnh\\s*\\d+", Pattern.CASE_INSENSITIVE);
    static final Pattern MORE_HEADING = Pattern.compile(
            "^\\s*(?:Voir plus|Voir aussi|Lire aussi|Autres articles|Sur le même sujet|À lire aussi|Articles liés"
                    // a page's list of its other stories: "À la une", "Les plus lus", "Dans la même rubrique"
                    + "|[ÀA] la une|Les plus lus|Dernières (?:nouvelles|infos|actualités)|Dans la même rubrique|À lire également)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_TAG = Pattern.compile("\\s*[-–—]\\s*(\\p{Lu}{2,8})\\s*\\.?\\s*$");
    private static final Pattern LINK_LINE = Pattern.compile("^\\s*(?:>>|»|►|▶).*");
    /** Footer and sharing lines: copyright, rights, "follow us", "share". */
    static final Pattern FOOTER = Pattern.compile(
            "^\\s*(?:©|Copyright\\b|Tous droits réservés|Suivez-nous|Partager\\s*(?::|sur\\b|$)|Abonnez-vous)",
            Pattern.CASE_INSENSITIVE);

    private PageSplitter() {}

    /**
     * The page's parts. An HTML page is read by {@link HtmlPages}; a teaser article
     * ({@link SourceDoc#isTeaser()}) is the page's teaser of that index, over the same text.
     */
    public static Page split(SourceDoc doc) {
        Page page = doc.format() == SourceDoc.Format.HTML ? HtmlPages.split(doc) : splitText(doc);
        return doc.isTeaser() ? page.teaser(doc.teaser().index()) : page;
    }

    /**
     * The page's main story followed by each teaser it lists, as articles of their own
     * ({@link SourceDoc#teaser(int)}): the teasers of a page are read like any article, at lower
     * confidence, and marked as teasers.
     */
    public static List<SourceDoc> withTeasers(SourceDoc doc) {
        if (doc.isTeaser()) return List.of(doc);
        int n = split(doc).teasers().size();
        List<SourceDoc> out = new ArrayList<>(n + 1);
        out.add(doc);
        for (int i = 0; i < n; i++) out.add(doc.teaser(i));
        return out;
    }

    /**
     * As {@link #withTeasers(SourceDoc)}, from the page already split: the page followed by each
     * teaser's page, each the page {@link #split} gives for that teaser's article. A pipeline that
     * reads teasers splits each page once and hands these pages to the extractor.
     */
    public static List<Page> withTeasers(Page page) {
        SourceDoc doc = page.source();
        if (doc.isTeaser()) return List.of(page);
        int n = page.teasers().size();
        List<Page> out = new ArrayList<>(n + 1);
        out.add(page);
        for (int i = 0; i < n; i++) out.add(page.teaser(i, doc.teaser(i)));
        return out;
    }

    private static Page splitText(SourceDoc doc) {
        String s = doc.text();
        List<int[]> lines = lines(s);
        int moreAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (MORE_HEADING.matcher(s.substring(lines.get(i)[0], lines.get(i)[1])).matches()) {
                moreAt = i;
                break;
            }
        }
        int mainEnd = moreAt < 0 ? lines.size() : moreAt;
        int datelineLine = -1;
        String dateline = null;
        String agency = null;
        for (int i = 0; i < Math.min(mainEnd, 6); i++) {
            Matcher m = DATELINE.matcher(s.substring(lines.get(i)[0], lines.get(i)[1]));
            if (m.find()) {
                datelineLine = i;
                dateline = m.group(1).strip();
                agency = m.group(2);
                break;
            }
        }
        List<Page.Unit> units = new ArrayList<>();
        for (int i = 0; i < mainEnd; i++) {
            int b = lines.get(i)[0];
            int e = lines.get(i)[1];
            String line = s.substring(b, e);
            if (LINK_LINE.matcher(line).matches() || footer(line)) {
                units.add(new Page.Unit(Page.Kind.BOILERPLATE, b, e));
                continue;
            }
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            Matcher marker = IMAGE_MARKER.matcher(lower.contains(IMAGE_WORD) ? line : "");
            if (marker.find()) {
                // "<title repeated> ảnh 1 <caption>": the repeat says nothing new.
                units.add(new Page.Unit(Page.Kind.BOILERPLATE, b, b + marker.end()));
                units.add(new Page.Unit(Page.Kind.CAPTION, b + marker.end(), e));
                continue;
            }
            if (captionCredit(line, lower) && !line.contains("(" + agency + ")")) {
                units.add(new Page.Unit(Page.Kind.CAPTION, b, e));
                continue;
            }
            if (i == datelineLine) {
                Matcher m = DATELINE.matcher(line);
                m.find();
                units.add(new Page.Unit(Page.Kind.BOILERPLATE, b, b + m.end()));
                units.add(new Page.Unit(Page.Kind.BODY, b + m.end(), e));
                continue;
            }
            Page.Kind kind;
            if (datelineLine >= 0 && i < datelineLine) {
                kind = i == 0 && looksLikeTitle(line) ? Page.Kind.TITLE : Page.Kind.LEAD;
            } else if (datelineLine < 0 && i == 0 && looksLikeTitle(line)) {
                kind = Page.Kind.TITLE;
            } else {
                kind = Page.Kind.BODY;
            }
            units.add(new Page.Unit(kind, b, e));
        }
        String tag = trimAgencyTag(s, units);
        if (agency == null) agency = tag;
        List<List<Page.Unit>> teasers = List.of();
        if (moreAt >= 0) {
            units.add(new Page.Unit(Page.Kind.BOILERPLATE, lines.get(moreAt)[0], lines.get(moreAt)[1]));
            if (moreAt + 1 < lines.size()) {
                units.add(new Page.Unit(Page.Kind.TEASER, lines.get(moreAt + 1)[0], lines.get(lines.size() - 1)[1]));
            }
            teasers = teaserItems(s, lines.subList(moreAt + 1, lines.size()));
        }
        return new Page(doc, List.copyOf(units), dateline, agency, s, null, teasers);
    }

    /**
     * Cuts a list of teasers into items. An item is an optional photo caption, a title line and the
     * lines of its lead; a caption, or a line after a lead, starts the next item. Footer lines
     * and link lines belong to no item.
     */
    static List<List<Page.Unit>> teaserItems(String s, List<int[]> lines) {
        List<List<Page.Unit>> items = new ArrayList<>();
        List<Page.Unit> cur = null;
        for (int[] l : lines) {
            String line = s.substring(l[0], l[1]);
            if (LINK_LINE.matcher(line).matches() || footer(line) || MORE_HEADING.matcher(line).matches()) {
                continue;
            }
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            boolean caption = lower.contains(IMAGE_WORD) && IMAGE_MARKER.matcher(line).find() || captionCredit(line, lower);
            boolean hasTitle = cur != null && cur.stream().anyMatch(u -> u.kind() == Page.Kind.TITLE);
            boolean hasLead = cur != null && cur.stream().anyMatch(u -> u.kind() == Page.Kind.LEAD);
            if (caption) {
                if (cur == null || hasTitle) items.add(cur = new ArrayList<>());
                cur.add(new Page.Unit(Page.Kind.CAPTION, l[0], l[1]));
                continue;
            }
            boolean title = looksLikeTitle(line);
            if (hasTitle && !hasLead && title && cur.get(cur.size() - 1).kind() == Page.Kind.TITLE
                    && cur.get(cur.size() - 1).text(s).strip().equals(line.strip())) {
                // a photo's caption without a credit, the teaser's title repeated under it
                Page.Unit first = cur.remove(cur.size() - 1);
                cur.add(new Page.Unit(Page.Kind.CAPTION, first.begin(), first.end()));
                cur.add(new Page.Unit(Page.Kind.TITLE, l[0], l[1]));
                continue;
            }
            if (cur == null || hasLead || hasTitle && title) {
                items.add(cur = new ArrayList<>());
                hasTitle = false;
            }
            cur.add(new Page.Unit(!hasTitle && title ? Page.Kind.TITLE : Page.Kind.LEAD, l[0], l[1]));
        }
        List<List<Page.Unit>> out = new ArrayList<>();
        for (List<Page.Unit> item : items) {
            if (item.stream().anyMatch(u -> u.kind() != Page.Kind.CAPTION)) out.add(List.copyOf(item));
        }
        return List.copyOf(out);
    }

    static boolean looksLikeTitle(String line) {
        String t = line.strip();
        return t.length() <= 220 && !t.endsWith(".");
    }

    /** Cuts the closing "-VNA" off the last body unit; returns the agency it names, or null. */
    static String trimAgencyTag(String s, List<Page.Unit> units) {
        for (int i = units.size() - 1; i >= 0; i--) {
            Page.Unit u = units.get(i);
            if (u.kind() != Page.Kind.BODY) continue;
            Matcher m = AGENCY_TAG.matcher(u.text(s));
            if (m.find()) {
                units.set(i, new Page.Unit(Page.Kind.BODY, u.begin(), u.begin() + m.start()));
                units.add(i + 1, new Page.Unit(Page.Kind.BOILERPLATE, u.begin() + m.start(), u.end()));
                return m.group(1);
            }
            return null;
        }
        return null;
    }

    /**
     * The word of every IMAGE_MARKER match, and the words one of which every CAPTION_CREDIT match
     * holds, in lower case. Those patterns are case-blind for ASCII letters only, so what they
     * match, put in lower case, holds the word: a line without one is passed over untried.
     */
    static final String IMAGE_WORD = "ảnh";
    private static final List<String> CREDIT_WORDS = List.of("photo", "ảnh", "crédit", "source");

    /** CAPTION_CREDIT found in {@code line}; {@code lower} is the line in lower case. */
    static boolean captionCredit(String line, String lower) {
        boolean any = false;
        for (String w : CREDIT_WORDS) any |= lower.contains(w);
        if (!any) return false;
        // lower case keeps every char in its place unless it lengthens one (U+0130): then the whole line
        if (lower.length() != line.length()) return CAPTION_CREDIT.matcher(line).find();
        // a match starts with its word, so where the line in lower case holds one; the pattern looks
        // at nothing before its start and ends at the line's end, so trying it from those places
        // alone finds what a search of the whole line finds
        java.util.regex.Matcher m = CAPTION_CREDIT.matcher(line);
        for (String w : CREDIT_WORDS) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                if (m.region(at, line.length()).lookingAt()) return true;
            }
        }
        return false;
    }

    /** CAPTION_CREDIT searched over the whole line: the definition of {@link #captionCredit}, for tests. */
    static boolean captionCreditByPattern(String line) {
        return CAPTION_CREDIT.matcher(line).find();
    }

    /** FOOTER found in {@code line}: the pattern is anchored at the start, so trying it there alone is the same. */
    private static boolean footer(String line) {
        return FOOTER.matcher(line).lookingAt();
    }

    /** Non-blank lines as [begin, end) char ranges, trimmed. */
    static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int b = 0;
        // from one line break to the next by indexOf, which scans faster than a loop over the chars
        while (b <= s.length()) {
            int i = s.indexOf('\n', b);
            if (i < 0) i = s.length();
            int e = i;
            int bb = b;
            while (bb < e && Character.isWhitespace(s.charAt(bb))) bb++;
            while (e > bb && Character.isWhitespace(s.charAt(e - 1))) e--;
            if (e > bb) out.add(new int[] {bb, e});
            b = i + 1;
        }
        return out;
    }
}
