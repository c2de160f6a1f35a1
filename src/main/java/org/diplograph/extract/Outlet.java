package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.diplograph.article.Page;
import org.diplograph.article.PageHead;

/**
 * The country of the outlet that published a page, read from the site's name where the page states
 * it: the last part of the HTML {@code <title>} ("... – Nouvelles du Laos", "... - Le
 * Journal du Laos") or its {@code og:site_name}, as the page's head gives them ({@link PageHead}). An outlet, like an agency, names its own country's officials
 * without a nationality; this stands in for the agency's country when the page gives no agency.
 */
final class Outlet {
    private Outlet() {}

    /** What separates a story's title from the site's name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s[-–—|]\\s|_");

    /** The one country the site's name names, or null (no name, no country in it, or several). */
    static String country(Page page, Gazetteer gaz) {
        PageHead head = page.head();
        Set<String> codes = new TreeSet<>();
        if (head.siteName() != null) codes.addAll(countries(head.siteName(), gaz));
        if (codes.isEmpty() && head.title() != null) {
            String[] parts = SEPARATOR.split(head.title().strip());
            if (parts.length >= 2) codes.addAll(countries(parts[parts.length - 1], gaz));
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    private static Set<String> countries(String name, Gazetteer gaz) {
        Set<String> out = new TreeSet<>();
        List<Tok> toks = Tok.tokenize(name.strip());
        for (int i = 0; i < toks.size(); i++) {
            Gazetteer.Hit h = gaz.match(toks, i);
            if (h == null) continue;
            // a country's name only: an adjective there is often the edition's language ("Radio X Français")
            if (h.type() == Mention.Type.COUNTRY) out.add(h.code());
            i = h.e() - 1;
        }
        return out;
    }
}
