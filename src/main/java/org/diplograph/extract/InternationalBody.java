package org.diplograph.extract;

import java.util.List;

/**
 * An international organisation as the extractor needs it: the French name its key is made of,
 * the other French names and spellings a text may use, and its acronyms as written.
 *
 * @param name       the French name; the slug of it is the last segment of the body's key
 *                   ({@code int/{slug}}), so it must be the name the reference node's IRI is made of
 * @param otherNames other French names and spellings; may be empty
 * @param acronyms   the acronyms a French text uses, as written ("OMC", "CEDEAO"); may be empty
 */
public record InternationalBody(String name, List<String> otherNames, List<String> acronyms) {
    public InternationalBody {
        otherNames = List.copyOf(otherNames);
        acronyms = List.copyOf(acronyms);
    }
}
