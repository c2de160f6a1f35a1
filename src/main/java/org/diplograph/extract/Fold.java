package org.diplograph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for French and Vietnamese names: lower case, no diacritics, one kind of apostrophe. */
final class Fold {
    private Fold() {}

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'đ', 'Đ' -> b.append('d');
                case '’', '‘', 'ʼ' -> b.append('\'');
                case 'œ', 'Œ' -> b.append("oe");
                case 'æ', 'Æ' -> b.append("ae");
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Slug for keys: folded, non-alphanumerics to single dashes. */
    static String slug(String s) {
        return fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
