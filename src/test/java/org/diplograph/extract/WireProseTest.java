package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.event;
import static org.diplograph.extract.FrenchProseTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Constructions of wire stories written by other outlets (issue 16), each in a story written for
 * this test: other countries and officials than the stories the rules were developed on.
 */
class WireProseTest {
    static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = ReferenceTables.load().extractor();
        FrenchProseTest.extractor = extractor;
    }

    static Facts.Article read(String key, String text) {
        return extractor.extract(SourceDoc.of(key, key + ".txt", text));
    }

    @Test
    void theFieldOfAnInstrumentIsItsTopicAndAFixedNameIsItsType() {
        Facts.Article a = read("quito", """
                Accra (GNA) - Le ministre ghanéen des Finances, Kofi Mensah, et l'ambassadeur du Portugal au Ghana, Rui Tavares, ont signé le 4 mars à Accra un accord de coopération économique et un procès-verbal de la réunion de la commission mixte.-GNA
                """);
        List<String> types = a.agreements().stream().map(Facts.Agreement::type).sorted().toList();
        assertEquals(List.of("accord", "procès-verbal"), types, a.agreements().toString());
    }

    @Test
    void anAgreementWithoutADayOfItsOwnTakesTheDayOfTheMeetingItWasSignedAt() {
        Facts.Article a = read("lome", """
                Lomé (ATOP) - Le Premier ministre togolais, Koffi Adama, a reçu en audience le 12 juin à Lomé l'ambassadeur de Corée au Togo, Park Ji-ho.

                Les deux personnalités ont évoqué la coopération dans l'agriculture et la formation.

                Le diplomate a salué la qualité des relations entre les deux pays.

                L'ambassadeur a annoncé de nouveaux projets.

                L'audience a été suivie de la signature d'un accord de don de 5 millions de dollars, paraphé par la ministre togolaise de l'Economie, Ama Dogbe, et par l'ambassadeur Park Ji-ho.-ATOP
                """);
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        Facts.Agreement deal = a.agreements().get(0);
        assertEquals("accord de don", deal.type());
        assertTrue(deal.date() != null && deal.date().lexical().endsWith("-06-12"), "the audience's day: " + deal.date());
    }

    @Test
    void agreementsSignedBeforeAndNamedNowAreNoNews() {
        Facts.Article a = read("bamako", """
                Bamako (AMAP) - Le ministre malien des Affaires étrangères, Ousmane Traoré, s'est entretenu le 3 avril à Bamako avec son homologue algérien, Karim Bensalah.

                Les deux ministres ont appelé à la mise en oeuvre des accords conclus au plus haut niveau et rappelé une lettre d'intention signée en 2019.-AMAP
                """);
        assertTrue(a.agreements().isEmpty(), a.agreements().toString());
    }

    @Test
    void aSurnameInTheHeadlineBeforeTheFullNameIsThatPerson() {
        Facts.Article a = read("niamey", """
                Sommet de l'UEMOA : le président Kaboré multiplie les entretiens à Niamey

                Niamey, 5 mai (ANP) - Le chef de l'Etat burkinabè, Jean-Marc Kaboré, s'est entretenu le 5 mai à Niamey avec le président nigérien, Issa Moussa.-ANP
                """);
        assertEquals(1, a.persons().stream().filter(p -> p.name().contains("Kaboré")).count(), a.persons().toString());
        person(a, "Jean-Marc Kaboré");
        event(a, "talks", "Jean-Marc Kaboré", "Issa Moussa");
    }

    @Test
    void envoysPresentingCredentialsAreInTheCeremonyAndEachReceivedSeparatelyHasAReception() {
        Facts.Article a = read("rabat", """
                Rabat (MAP) - Le chef du gouvernement Aziz Bennani a reçu, mardi 4 mars, les lettres de créance des nouveaux ambassadeurs de Norvège et du Chili.

                Les deux diplomates sont Ingrid Solberg, ambassadrice du Royaume de Norvège ; et Pablo Rojas, ambassadeur de la République du Chili.

                Recevant séparément chacun des ambassadeurs à l'issue de la cérémonie, Aziz Bennani a passé en revue les relations avec leurs pays.-MAP
                """);
        event(a, "ceremony", "Aziz Bennani", "Ingrid Solberg", "Pablo Rojas");
        event(a, "reception", "Aziz Bennani", "Ingrid Solberg");
        event(a, "reception", "Aziz Bennani", "Pablo Rojas");
    }

    @Test
    void talksEarlierTheSameDayToldInThePluperfectAreNews() {
        Facts.Article a = read("dakar", """
                Dakar, 10 juin (APS) - Le président sénégalais, Amadou Diallo, a reçu lundi à Dakar le ministre gambien des Affaires étrangères, Lamin Jallow.

                Plus tôt dans la journée, Lamin Jallow avait eu des entretiens avec son homologue sénégalais, Fatou Ndiaye.

                La veille, Fatou Ndiaye avait présidé une cérémonie d'accueil en l'honneur de Lamin Jallow.-APS
                """);
        event(a, "talks", "Lamin Jallow", "Fatou Ndiaye");
        event(a, "ceremony", "Fatou Ndiaye", "Lamin Jallow");
    }

    @Test
    void aVisitorWhoArrivedOrLeftForAPlaceIsOnAVisit() {
        Facts.Article a = read("bangui", """
                Bangui, 4 juin (ACAP) - Le président centrafricain, Paul Yakité, a reçu en audience le 4 juin le ministre congolais des Affaires étrangères, Denis Moukala.

                Arrivé à Bangui dimanche soir pour une visite de travail, M. Moukala a remis un message de son président.

                Le ministre rwandais des Affaires étrangères, Eric Ndayishimiye, a quitté Kigali pour Bangui le 3 juin.-ACAP
                """);
        assertEquals("Bangui", event(a, "visit", "Denis Moukala").place().name());
        event(a, "visit", "Eric Ndayishimiye");
    }

    @Test
    void everyInstrumentInTheListASigningGovernsIsAnAgreement() {
        Facts.Article a = read("hanoi", """
                Hanoï (VNA) - Les deux Premiers ministres ont ensuite assisté le 6 février à la signature de plusieurs documents de coopération entre le Vietnam et la Pologne, dont un plan d'action pour la période 2025-2029 visant à mettre en oeuvre le partenariat stratégique entre les deux pays dans les domaines de l'économie, du commerce, de l'éducation et de la culture, ainsi qu'un mémorandum d'entente sur la coopération dans la lutte contre la fraude en ligne.-VNA
                """);
        List<String> types = a.agreements().stream().map(Facts.Agreement::type).sorted().toList();
        assertEquals(List.of("mémorandum d'entente", "plan d'action"), types, a.agreements().toString());
    }
}
