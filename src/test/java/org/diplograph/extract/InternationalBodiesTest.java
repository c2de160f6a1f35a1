package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.article.SourceDoc;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ReferenceTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * International organisations found through the reference table, by acronym and by name, in
 * sentences written for this test (invented officials and countries' real names only); an acronym
 * the table gives to two bodies is not guessed.
 */
class InternationalBodiesTest {
    /** The bundled table, as the extractor the tests read stories with is built on. */
    private static final InternationalBodies BUNDLED = InternationalBodies.of(ReferenceTables.load().internationalBodies());
    static Extractor extractor;
    static Set<String> referenceIris;

    @BeforeAll
    static void build() {
        extractor = ReferenceTables.load().extractor();
        referenceIris = ReferenceTables.load().organisations().stream().map(ReferenceTables.Organisation::iri)
                .collect(Collectors.toSet());
    }

    static Facts.Article story(String name, String body) {
        return extractor.extract(SourceDoc.of(name, name + ".txt", body));
    }

    static Optional<Facts.Org> org(Facts.Article a, String key) {
        return a.orgs().stream().filter(o -> o.key().equals(key)).findFirst();
    }

    static Facts.Org found(Facts.Article a, String key) {
        return org(a, key).orElseThrow(() -> new AssertionError(key + " not among "
                + a.orgs().stream().map(o -> o.key() + " (" + o.name() + ")").toList()));
    }

    /** The body of that key, an international one of no country, with that acronym. */
    static Facts.Org international(Facts.Article a, String key, String acronym) {
        Facts.Org o = found(a, key);
        assertEquals("international", o.kind(), key);
        assertEquals(acronym, o.acronym(), key);
        assertNull(o.country(), key);
        return o;
    }

    static final String TRADE = """
            Le Mali et le Sénégal plaident pour un commerce régional plus ouvert

            Dakar (VNA) - Le ministre malien du Commerce, Oumar Kéita, a reçu le 4 mars à Dakar son homologue sénégalais, Ibou Tamboura.

            Les deux ministres ont souligné le rôle de la CEDEAO et de l'OMC dans l'ouverture des marchés de la région.

            Ils ont aussi salué le soutien de l'Unesco aux écoles de la vallée du fleuve, ainsi que les travaux de la Coopération économique Asie-Pacifique sur la facilitation des échanges.

            Selon Ibou Tamboura, les Nations unies et l'Union africaine accompagnent ces efforts.-VNA
            """;

    @Test
    void bodiesNamedByAcronymAreTheReferenceBodies() {
        Facts.Article a = story("trade", TRADE);
        international(a, "int/organisation-mondiale-du-commerce", "OMC");
        international(a, "int/communaute-economique-des-etats-de-l-afrique-de-l-ouest", "CEDEAO");
        // a long acronym as French papers write it, capitalised
        found(a, "int/organisation-des-nations-unies-pour-l-education-la-science-et-la-culture");
    }

    @Test
    void bodiesNamedInFullAreTheReferenceBodiesUnderTheNameTheTextWrites() {
        Facts.Article a = story("trade", TRADE);
        // no head the rules read ("Coopération"): found by the table's name
        assertEquals("international", found(a, "int/cooperation-economique-asie-pacifique").kind());
        // another French name of the table, kept as written; the key is the reference body's
        Facts.Org un = found(a, "int/organisation-des-nations-unies");
        assertEquals("Nations unies", un.name());
        // a head ("Union") the rules read as an association: the table makes it international
        assertEquals("international", found(a, "int/union-africaine").kind());
    }

    @Test
    void anArticlesInternationalBodyIsTheReferenceNode() {
        Facts.Article a = story("trade", TRADE);
        List<Facts.Org> international = a.orgs().stream().filter(o -> o.kind().equals("international")).toList();
        assertTrue(international.size() >= 5, international.toString());
        for (Facts.Org o : international) {
            assertTrue(referenceIris.contains(Iris.org(o.key())), o.key() + " is no node of organisations.ttl");
        }
    }

    static final String BANKS = """
            Le Laos obtient un prêt pour ses routes rurales

            Vientiane (VNA) - La BAD a approuvé mardi un prêt de 40 millions de dollars au Laos, a annoncé le ministre laotien des Finances, Somphou Latsavong.

            Le ministre a remercié la banque pour son appui.-VNA
            """;

    @Test
    void anAcronymTwoBodiesShareIsNotGuessed() {
        assertTrue(BUNDLED.ambiguous("BAD"));
        assertNull(BUNDLED.byAcronym("BAD"));
        Facts.Article a = story("banks", BANKS);
        assertFalse(org(a, "int/banque-africaine-de-developpement").isPresent(), a.orgs().toString());
        assertFalse(org(a, "int/banque-asiatique-de-developpement").isPresent(), a.orgs().toString());
    }

    static final String BANKS_NAMED = """
            Le Togo et le Bénin financent une route commune

            Lomé (VNA) - La Banque africaine de développement (BAD) financera la route entre Lomé et Cotonou, a indiqué le ministre togolais des Travaux publics, Kodjo Amegah.

            Selon lui, la BAD versera les premiers fonds en mai.-VNA
            """;

    @Test
    void anAcronymTwoBodiesShareIsTheOneTheArticleNamedBesideIt() {
        Facts.Article a = story("banks-named", BANKS_NAMED);
        international(a, "int/banque-africaine-de-developpement", "BAD");
        assertFalse(org(a, "int/banque-asiatique-de-developpement").isPresent());
    }

    static final String SEA = """
            La Malaisie et les Philippines appellent au respect du droit de la mer

            Manille (VNA) - La Malaisie et les Philippines ont appelé jeudi au respect de la Convention des Nations unies sur le droit de la mer, a déclaré le ministre philippin des Affaires étrangères, Ramon Dizon.-VNA
            """;

    @Test
    void aBodyCompletingAnInstrumentsTitleIsNotAnActor() {
        Facts.Article a = story("sea", SEA);
        assertFalse(org(a, "int/organisation-des-nations-unies").isPresent(), a.orgs().toString());
    }

    @Test
    void lookUpsCompareNamesBySlugAndAcronymsAsWrittenOrCapitalised() {
        InternationalBodies t = BUNDLED;
        assertEquals("Organisation mondiale du commerce", t.named("organisation Mondiale du Commerce").name());
        assertEquals("Organisation des Nations Unies", t.named("Nations unies").name());
        assertNull(t.named("Conseil de sécurité"), "a bare generic name is not a body of the table");
        assertEquals("Organisation du traité de l'Atlantique Nord", t.byAcronym("OTAN").name());
        assertEquals("Organisation du traité de l'Atlantique Nord", t.byAcronym("Otan").name());
        assertEquals("Communauté économique des États de l'Afrique de l'Ouest", t.byAcronym("Cédéao").name());
        assertNull(t.byAcronym("UN"), "an English acronym French texts do not use is not looked up");
        assertNull(t.byAcronym("Ua"), "short acronyms only as written");
    }

    @Test
    void theTableBuiltFromRowsResolvesAnAcronymOnlyWhenOneBodyHasIt() {
        InternationalBodies t = InternationalBodies.of(List.of(
                new InternationalBody("Office zemblien de la pêche", List.of(), List.of("OZP", "OZ")),
                new InternationalBody("Office zemblien des ports", List.of("Office des ports de Zembla"), List.of("OZ"))));
        assertEquals("Office zemblien de la pêche", t.byAcronym("OZP").name());
        assertNull(t.byAcronym("OZ"));
        assertTrue(t.ambiguous("OZ"));
        assertEquals("Office zemblien des ports", t.named("office des ports de zembla").name());
        assertEquals("office-zemblien-des-ports", t.named("Office zemblien des ports").slug());
    }
}
