package org.diplograph.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A story as a page: plain text as scraped (title, lead, dateline paragraph, body with captions,
 * agency tag, "Voir plus" and the teasers) or an HTML page of a news site with the same text
 * (an {@code <article>} with {@code <h1>}, a lead paragraph, figures with captions, and the teasers
 * in an {@code <aside>}, between navigation and footer).
 */
final class Render {
    private Render() {}

    static String text(Story s) {
        SplittableRandom r = new SplittableRandom(s.key().hashCode());
        StringBuilder b = new StringBuilder(8192);
        if (s.title() != null) b.append(s.title()).append("\n\n").append(s.summary()).append("\n\n");
        List<Story.Part> body = s.body();
        for (int i = 0; i < body.size(); i++) {
            Story.Part p = body.get(i);
            if (i == 0) b.append(s.dateline()).append(r.nextBoolean() ? " (VNA) - " : " (VNA) – ");
            if (p.caption() && s.title() != null && r.nextInt(3) == 0) b.append(s.title()).append(" ảnh 1 ");
            b.append(p.text());
            if (i == body.size() - 1) b.append(r.nextBoolean() ? "-VNA" : " – VNA");
            b.append(r.nextInt(4) == 0 ? "\n\n\n" : "\n\n");
        }
        if (!s.teasers().isEmpty()) {
            b.append("Voir plus\n\n");
            for (Story.Teaser t : s.teasers()) {
                if (t.caption() != null) b.append(t.caption()).append("\n\n");
                b.append(t.title()).append("\n\n").append(t.lead()).append("\n\n");
            }
        }
        return b.toString();
    }

    static String html(Story s) {
        StringBuilder b = new StringBuilder(12288);
        b.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(s.title() == null ? s.dateline() : s.title())).append(" | Actualités</title>\n</head>\n<body>\n")
                .append("<header><nav><a href=\"/\">Accueil</a> <a href=\"/politique\">Politique</a>")
                .append(" <a href=\"/economie\">Économie</a> <a href=\"/monde\">Monde</a></nav></header>\n<main>\n<article>\n");
        if (s.title() != null) {
            b.append("<h1>").append(esc(s.title())).append("</h1>\n<p class=\"chapo\">").append(esc(s.summary())).append("</p>\n");
        }
        List<Story.Part> body = s.body();
        for (int i = 0; i < body.size(); i++) {
            Story.Part p = body.get(i);
            if (p.caption()) {
                b.append("<figure><img src=\"/images/").append(s.key()).append('-').append(i).append(".jpg\" alt=\"\">")
                        .append("<figcaption>").append(esc(p.text())).append("</figcaption></figure>\n");
                continue;
            }
            b.append("<p>");
            if (i == 0) b.append(esc(s.dateline())).append(" (VNA) - ");
            b.append(esc(p.text()));
            if (i == body.size() - 1) b.append("-VNA");
            b.append("</p>\n");
        }
        b.append("</article>\n");
        if (!s.teasers().isEmpty()) {
            b.append("<aside>\n<h2>Voir plus</h2>\n<ul class=\"related\">\n");
            for (Story.Teaser t : s.teasers()) {
                b.append("<li>");
                if (t.caption() != null) b.append("<figure><figcaption>").append(esc(t.caption())).append("</figcaption></figure>");
                b.append("<h3>").append(esc(t.title())).append("</h3><p>").append(esc(t.lead())).append("</p></li>\n");
            }
            b.append("</ul>\n</aside>\n");
        }
        b.append("</main>\n<footer><p>© Agence de presse. Tous droits réservés.</p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
