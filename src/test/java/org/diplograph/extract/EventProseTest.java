package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.article.SourceDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events in stories written for this test, with invented people: the kinds, participants, days
 * and places French wire prose gives them (FORMAT.md, "Annotation rules in detail").
 */
class EventProseTest {
    @BeforeAll
    static void build() {
        WireProseTest.build();
    }

    static Facts.Article read(String key, String text) {
        return WireProseTest.read(key, text);
    }

    static Facts.Article html(String key, String html) {
        return WireProseTest.extractor.extract(new SourceDoc(key, key + ".html", html, null, null, null, "fr", SourceDoc.Format.HTML, null));
    }

    static String day(Facts.Event e) {
        return e.date() == null ? null : e.date().lexical();
    }

    @Test
    void thePostingDayInThePageMarkupGivesTheYear() {
        Facts.Article a = html("stamp", """
                <html><body><h1>Le Premier ministre s'entretient au téléphone avec son homologue</h1>
                <div class="post-meta"><span class="time">Mis à jour le 04/02/2025 à 10:20</span></div>
                <p>Le Premier ministre malgache Hery Randria a eu ce mardi 4 février un entretien téléphonique avec son homologue mauricien, Vikash Doorgah, consacré au commerce entre les deux pays.</p>
                <p>Les deux chefs de gouvernement se sont félicités de la coopération dans la pêche.</p>
                </body></html>
                """);
        assertEquals("2025-02-04", day(event(a, "phone call", "Hery Randria", "Vikash Doorgah")));
    }

    @Test
    void aDatelineWithItsYearIsThePostingDay() {
        Facts.Article a = read("tana", """
                Le ministre reçoit l'ambassadeur

                Antananarivo, le 12 mars 2025 (ANTA) -- Le ministre malgache des Affaires étrangères, Solo Rakoto, a reçu hier à Antananarivo l'ambassadeur du Chili, Pablo Ortega.

                Les deux parties ont évoqué la coopération dans l'agriculture.
                """);
        assertTrue(a.events().stream().anyMatch(e -> e.date() != null && e.date().lexical().startsWith("2025-")), a.events().toString());
    }

    @Test
    void anInvitationToVisitIsNoVisit() {
        Facts.Article a = read("invite", """
                Port-Louis (MBC) - Le Premier ministre mauricien Vikash Doorgah s'est entretenu le 3 mai à Port-Louis avec le président seychellois, Marc Laporte.

                À cette occasion, Vikash Doorgah a renouvelé son invitation à Marc Laporte à effectuer une visite d'État à Maurice.
                """);
        assertTrue(a.events().stream().noneMatch(e -> e.kind().equals("visit") && e.standing().equals("happened")), a.events().toString());
    }

    @Test
    void aWeekdayOpeningKeepsThePluperfectInTheStorysWeek() {
        Facts.Article a = read("week", """
                Lusaka (ZNA) - Le président zambien Joseph Mwale a rencontré dimanche à Lusaka le président kényan, Peter Banda.

                Samedi, Joseph Mwale s'était entretenu avec le ministre tanzanien des Affaires étrangères, Amani Juma.
                """);
        assertEquals("happened", event(a, "talks", "Joseph Mwale", "Amani Juma").standing());
    }

    @Test
    void talksRecalledInThePluperfectAreBackground() {
        Facts.Article a = read("recall", """
                Lusaka (ZNA) - Le président zambien Joseph Mwale a reçu le 2 juin à Lusaka le ministre tanzanien des Affaires étrangères, Amani Juma.

                Joseph Mwale a rappelé sa visite en Tanzanie en janvier dernier, au cours de laquelle il s'était entretenu avec le président tanzanien, Saidi Mrema.
                """);
        assertTrue(a.events().stream().filter(e -> e.kind().equals("talks")).noneMatch(e -> e.standing().equals("happened")),
                a.events().toString());
    }
}
