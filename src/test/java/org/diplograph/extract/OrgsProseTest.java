package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations as French news prose names them: the kind a reader tells from the head and the
 * words of the name, names of places that run to several words, and names that end before the
 * next clause. Each story is written for this test, with invented bodies and persons.
 */
class OrgsProseTest {
    @BeforeAll
    static void build() {
        if (NamesProseTest.extractor == null) NamesProseTest.build();
    }

    static Facts.Article read(String key, String text) {
        return NamesProseTest.read(key, text);
    }

    static Facts.Org org(Facts.Article a, String name) {
        for (Facts.Org o : a.orgs()) if (o.name().equalsIgnoreCase(name)) return o;
        throw new AssertionError("no organisation " + name + " in " + a.orgs().stream().map(Facts.Org::name).toList());
    }

    static boolean hasOrg(Facts.Article a, String name) {
        return a.orgs().stream().anyMatch(o -> o.name().equalsIgnoreCase(name));
    }

    @Test
    void theKindOfABodyFollowsWhatItsNameSays() {
        Facts.Article a = read("kinds", """
                Lomé, 4 mai (ATP) – La Chambre de commerce et d'industrie du Togo a signé un accord avec la Banque centrale du Kenya et la Banque allemande de développement (BAD2) en présence de représentants du Fonds koweïtien pour le développement agricole.

                L'Agence soudanaise de coopération internationale, l'Union des États riverains et la Cour interétatique d'arbitrage maritime étaient représentées, ainsi que le Bureau du Président de la République et le Congrès national démocratique.

                Des officiers de l'Académie militaire Moussa Kaboré et des membres du Groupe d'amitié Togo-Kenya de l'Assemblée nationale ont assisté à la cérémonie.
                """);
        assertEquals("association", org(a, "Chambre de commerce et d'industrie du Togo").kind());
        assertEquals("agency", org(a, "Banque centrale du Kenya").kind());
        assertEquals("agency", org(a, "Banque allemande de développement").kind());
        assertEquals("agency", org(a, "Fonds koweïtien pour le développement agricole").kind());
        assertEquals("agency", org(a, "Agence soudanaise de coopération internationale").kind());
        assertEquals("international", org(a, "Union des États riverains").kind());
        assertEquals("international", org(a, "Cour interétatique d'arbitrage maritime").kind());
        assertEquals("government", org(a, "Bureau du Président de la République").kind());
        assertEquals("party", org(a, "Congrès national démocratique").kind());
        assertEquals("military", org(a, "Académie militaire Moussa Kaboré").kind());
        Facts.Org friends = a.orgs().stream().filter(o -> o.name().startsWith("Groupe d'amitié")).findFirst().orElse(null);
        assertNotNull(friends);
        assertEquals("parliament", friends.kind());
    }

    @Test
    void aPlacesNameAfterABareDeRunsToItsLastWord() {
        Facts.Article a = read("places", """
                Hanoï, 8 juin (VNA) – La présidente du Comité populaire de Ba Tri Giang, Vo Thi Hanh, a reçu le gouverneur de la province de Kampong Sela, Sok Vanna.

                Le secrétaire du Comité provincial du Parti de Long Hoa, Dinh Van Quoc, était présent.
                """);
        assertEquals("local", org(a, "Comité populaire de Ba Tri Giang").kind());
        assertEquals("présidente du Comité populaire de Ba Tri Giang", NamesProseTest.role(person(a, "Vo Thi Hanh")));
        assertEquals("gouverneur de la province de Kampong Sela", NamesProseTest.role(person(a, "Sok Vanna")));
        assertEquals("secrétaire du Comité provincial du Parti de Long Hoa", NamesProseTest.role(person(a, "Dinh Van Quoc")));
        assertFalse(a.persons().stream().anyMatch(p -> p.name().equals("Giang") || p.name().startsWith("Hoa")));
    }

    @Test
    void aPartysProvincialCommitteeIsThePartysAndItsBranchNoBodyOfItsOwn() {
        Facts.Article a = read("branch", """
                Hanoï, 10 juin (VNA) – Le secrétaire du Comité du Parti de la province de Binh Lam, Ha Van Tuan, a reçu le secrétaire du Comité provincial du Parti de Long Hoa, Dinh Van Quoc.
                """);
        assertEquals("party", org(a, "Comité du Parti de la province de Binh Lam").kind());
        assertEquals("party", org(a, "Comité provincial du Parti de Long Hoa").kind());
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().startsWith("Parti de")), a.orgs().toString());
    }

    @Test
    void aHeadWithItsAdjectivesAloneTakesNoComplementAfterEt() {
        Facts.Article a = read("portfolio", """
                Madrid, 11 juin (APF) – Le ministre espagnol des Affaires étrangères, de l'Union européenne et de la Coopération, Luis Ortega Vidal, a reçu son homologue.
                """);
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().contains("et de la Coopération")), a.orgs().toString());
    }

    @Test
    void aFundIsAPublicBodyAndAParticipleWithItsAgentNoPartOfAName() {
        Facts.Article a = read("fund", """
                Lomé, 12 juin (ATP) – Le Fonds d'appui au développement des collectivités locales a financé l'exercice des Forces armées maliennes conduites par le général Issa Konaté.
                """);
        assertEquals("agency", org(a, "Fonds d'appui au développement des collectivités locales").kind());
        assertEquals("military", org(a, "Forces armées maliennes").kind());
    }

    @Test
    void aNameEndsBeforeAnotherBodyATitleANumberOrAVerb() {
        Facts.Article a = read("ends", """
                Hanoï, 9 juin (VNA) – Le Comité populaire de la province de Binh Lam et Sontra Steel ont signé un protocole d'accord en présence du ministère de l'Industrie et du Commerce et de l'ambassadeur de Corée.

                Le Commandement des deux flottes a demandé au Groupe de respecter les règles.
                """);
        assertNotNull(org(a, "Comité populaire de la province de Binh Lam"));
        assertNotNull(org(a, "Ministère de l'Industrie et du Commerce"));
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().contains("ambassadeur") || o.name().contains("Sontra")
                || o.name().contains("deux") || o.name().contains("respecter")), a.orgs().toString());
    }

    @Test
    void namesKeepInitialsAndParticlesAndLeaveThePortfolioAndTheCityOut() {
        Facts.Article a = read("names", """
                Nairobi, 12 mars (APF) – Le ministre kényan du Commerce, Joseph K. Mwangi, a reçu mardi à Nairobi Jean-Luc de La Fontaine, sénateur français.

                La veille, le vice-Premier ministre kényan Peter Otieno avait reçu à Nairobi Kim Ji-hoon, président du groupe sud-coréen Hanil Steel. La ministre de la Santé Wanjiru Kamau Njeri a assisté à l'entretien.
                """);
        assertEquals("ministre du Commerce", NamesProseTest.role(person(a, "Joseph K. Mwangi")));
        assertEquals("FR", person(a, "Jean-Luc de La Fontaine").country());
        assertEquals("président du groupe Hanil Steel", NamesProseTest.role(person(a, "Kim Ji-hoon")));
        assertEquals("ministre de la Santé", NamesProseTest.role(person(a, "Wanjiru Kamau Njeri")));
    }

    @Test
    void aTitleWithItsArticleRightBeforeANameIsThatNamesNotThePreviousOnes() {
        Facts.Article a = read("invitation", """
                Lomé (ATP) - Répondant à l'invitation du président de la République du Ghana, Kwesi Amoah Mensah, le chef de l'État togolais Komlan Adjovi Tetteh est attendu à Accra la semaine prochaine.
                """);
        Facts.Person host = person(a, "Kwesi Amoah Mensah");
        assertEquals("GH", host.country());
        assertEquals("président de la République du Ghana", NamesProseTest.role(host));
        assertEquals("TG", person(a, "Komlan Adjovi Tetteh").country());
    }

    @Test
    void aJointCommissionIsNamedInLowerCaseWhenItMeets() {
        Facts.Article a = read("joint", """
                Lomé, 6 mai (ATP) – La dixième session de la commission mixte togolo-béninoise de coopération a achevé ses travaux mardi à Lomé, sous la présidence des ministres Koffi Adanlété et Rodrigue Sossa-Houénou.

                Les deux ministres ont aussi convenu de convoquer avant la fin de l'année le comité mixte de suivi des transports. La prochaine session de la commission mixte se tiendra à Cotonou.
                """);
        org(a, "commission mixte togolo-béninoise de coopération");
        assertFalse(hasOrg(a, "comité mixte de suivi des transports"));
        assertFalse(hasOrg(a, "commission mixte"));
    }

    @Test
    void aProvinceThatActsIsALocalBodyAndOneWhereThingsLieIsAPlace() {
        Facts.Article a = read("provinces", """
                Lubumbashi, 5 juin (ACP) – Le gouverneur de la province du Haut-Lomami, Paul Mwamba, a reçu les autorités de la province de la Luapula et du département du Niari.

                La délégation a ensuite effectué une visite de travail dans la province de Kasaï-Sud. Une usine sera construite dans la province de Sankuru-Est.
                """);
        assertEquals("local", org(a, "province du Haut-Lomami").kind());
        assertEquals("local", org(a, "province de la Luapula").kind());
        assertEquals("local", org(a, "département du Niari").kind());
        assertEquals("local", org(a, "province de Kasaï-Sud").kind());
        assertFalse(hasOrg(a, "province de Sankuru-Est"));
    }

    @Test
    void aProvinceOpeningTheHeadlineIsTheBodyTheStoryNames() {
        Facts.Article a = read("headline", """
                La province de Binh Lam renforce sa coopération avec une préfecture japonaise

                Binh Lam (VNA) – Le président du Comité populaire de la province de Binh Lam, Tran Van Tam, a reçu le 3 mai une délégation japonaise.
                """);
        assertFalse(hasOrg(a, "province de Binh Lam"));
    }

    @Test
    void aLocutionAfterABodyEndsItsName() {
        Facts.Article a = read("locutions", """
                Manille, 4 juin – Des unités de la Marine philippine au large de la baie de Subic et des Forces armées colombiennes de part et d'autre de la frontière ont participé à l'exercice, avec la Commission de la CEDEAO.
                """);
        assertEquals("military", org(a, "Marine philippine").kind());
        assertEquals("military", org(a, "Forces armées colombiennes").kind());
        assertEquals("international", org(a, "Commission de la CEDEAO").kind());
    }

    @Test
    void aFirmDescribedInLowerCaseIsNamedByItsOwnName() {
        Facts.Article a = read("firms", """
                Dakar, 6 mai (APS) – Le directeur général du groupe Karvelo, Amadou Sy, a signé un contrat avec la compagnie nationale Petrosahel, la société publique Rail Tessa Ltd et l'entreprise Dongfa Road and Bridge Corporation.
                """);
        assertEquals("company", org(a, "Karvelo").kind());
        org(a, "Petrosahel");
        org(a, "Rail Tessa Ltd");
        org(a, "Dongfa Road and Bridge Corporation");
        assertFalse(hasOrg(a, "Groupe Karvelo"));
    }

    @Test
    void councilsWatersAndSharedCommunitiesAreNamedWhole() {
        Facts.Article a = read("offices", """
                Niamey, 7 mai (ANP) – La ministre a été reçue par le Premier ministre, Issa Garba, à la Primature, puis par le président du Sénat nigérien, Ali Mano.

                Les deux pays, membres de la Commission du bassin du lac Tchad (CBLT) et de la Communauté économique et monétaire des États du Sahel (CEMES), ont salué le rôle du Conseil fédéral et de la Police nationale nigérienne, ainsi que du ministère des Travaux publics et des Transports.
                """);
        assertEquals("parliament", org(a, "Sénat").kind());
        assertEquals("international", org(a, "Commission du bassin du lac Tchad").kind());
        assertEquals("international", org(a, "Communauté économique et monétaire des États du Sahel").kind());
        assertEquals("government", org(a, "Conseil fédéral").kind());
        assertEquals("agency", org(a, "Police nationale nigérienne").kind());
        assertEquals("ministry", org(a, "ministère des Travaux publics et des Transports").kind());
    }

    @Test
    void aProvinceGivenItsNationalityIsOneSideOfTheStory() {
        Facts.Article a = read("nationality", """
                Vinh Lac, 3 mai (VNA) – La province de Vinh Lac et la province laotienne de Phon Kham ont signé un accord de jumelage.

                Le mois dernier, une délégation du gouvernement de la région autonome de Tenrak avait visité la province, avant de regagner la province chinoise de Tenrak.
                """);
        Facts.Org laos = org(a, "province de Phon Kham");
        assertEquals("local", laos.kind());
        assertEquals("LA", laos.country());
        assertFalse(hasOrg(a, "province de Tenrak"));
    }

    @Test
    void aJointCommissionToBeConvenedIsNamedWhenTheTextDatesItsLastSession() {
        Facts.Article a = read("convened", """
                Libreville, 8 mai (AGP) – Les deux présidents ont chargé leurs ministres de convoquer avant juin la commission mixte gabono-togolaise, dont la dernière session remonte à 2016.

                Ils ont aussi convenu de réunir la commission mixte gabono-béninoise avant la saison des pluies.
                """);
        assertEquals("other", org(a, "commission mixte gabono-togolaise").kind());
        assertFalse(hasOrg(a, "commission mixte gabono-béninoise"));
    }

    @Test
    void anAgencyOrAFirmIsNamedByItsOwnNameWithoutItsNationality() {
        Facts.Article a = read("own names", """
                Kigali, 9 mai (RNA) – Les projets seront gérés par l'agence Kivu Aid et par l'agence norvégienne Fjordhelp, selon l'agence Tellnews.

                La compagnie malienne Tounka et le groupe vietnamien Sontel ont signé un contrat.
                """);
        assertEquals("agency", org(a, "Kivu Aid").kind());
        assertEquals("NO", org(a, "Fjordhelp").country());
        assertFalse(hasOrg(a, "Tellnews"));
        assertEquals("company", org(a, "Tounka").kind());
        org(a, "Sontel");
    }

    @Test
    void aStateBodyNamedByOneNameIsABody() {
        Facts.Article a = read("one name", """
                Bamako, 10 mai (AMAP) – La ministre a été reçue par le Premier ministre, Oumar Kanté, à la Primature, puis par le président du Sénat, Ali Traoré, et par une commission de la Knesset.
                """);
        assertEquals("government", org(a, "Primature").kind());
        assertEquals("parliament", org(a, "Sénat").kind());
        assertEquals("parliament", org(a, "Knesset").kind());
    }

    @Test
    void aNameFollowedByTheAcronymOfItsInitialsIsABody() {
        Facts.Article a = read("initials", """
                Chisinau, 11 mai – Les Chemins de fer unis du Karvelo (CFUK) et Électricité du Mono (EDM) ont signé un contrat, dans le cadre du Plan national de relance (PNR) et de l'exploitation du champ gazier Grand Tortue Sud (GTS).
                """);
        assertEquals("company", org(a, "Chemins de fer unis du Karvelo").kind());
        assertEquals("EDM", org(a, "Électricité du Mono").acronym());
        assertFalse(hasOrg(a, "Plan national de relance"));
        assertFalse(hasOrg(a, "Grand Tortue Sud"));
    }

    @Test
    void aBodyPresentedByAnIndefiniteArticleOrInARanksTitleIsNotNamed() {
        Facts.Article a = read("unnamed", """
                Lomé, 12 mai (ATP) – Le chef d'état-major de l'Armée de terre togolaise a reçu une entreprise malienne de ciment et la société d'État chargée de soutenir les exportateurs, ainsi que la préfecture de Kpalimé aux régions de Kara et des Savanes.
                """);
        org(a, "Armée de terre togolaise");
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().toLowerCase().startsWith("état-major")), a.orgs().toString());
        assertFalse(hasOrg(a, "entreprise malienne de ciment"));
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().contains("chargée")), a.orgs().toString());
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().contains("régions de Kara")), a.orgs().toString());
    }

    @Test
    void aBodyNamedThroughAnAcronymAndThroughTheFullNameIsOneBody() {
        Facts.Article a = read("short forms", """
                Hanoï, 13 mai (VNA) – Une délégation de la Commission de contrôle du Comité central du Parti populaire du Karvelo (PPK) est arrivée à Hanoï.

                La Commission de contrôle du Comité central du PPK a été reçue par le ministre, au siège du Comité populaire de la province de Binh Lam.

                Le président du Comité populaire provincial a salué la délégation.
                """);
        org(a, "Comité populaire de la province de Binh Lam");
        assertFalse(hasOrg(a, "Comité populaire provincial"), a.orgs().toString());
        org(a, "Commission de contrôle du Comité central du Parti populaire du Karvelo");
        assertFalse(hasOrg(a, "Commission de contrôle du Comité central du PPK"), a.orgs().toString());
    }

    @Test
    void anEnglishNameEndsInTheWordThatSaysWhatTheBodyIs() {
        Facts.Article a = read("english", """
                Nairobi, 14 mai (KNA) – La Dongfa Harbour Engineering Company et l'Export-Import Bank of Karvelo (Exim Bank) ont signé un accord, en présence du président reçu à la Cité de l'Union africaine et du Premier ministre, reçu au Premier ministère.

                Le prêt de l'Exim Bank court sur vingt ans.
                """);
        assertEquals("company", org(a, "Dongfa Harbour Engineering Company").kind());
        assertEquals("Exim Bank", org(a, "Export-Import Bank of Karvelo").acronym());
        assertFalse(hasOrg(a, "Exim Bank"), a.orgs().toString());
        assertFalse(hasOrg(a, "Union africaine"), a.orgs().toString());
        assertEquals("government", org(a, "Premier ministère").kind());
    }

    @Test
    void anArmedServiceNamedByItsNationalityAndARegionsCommunityAreBodies() {
        Facts.Article a = read("armed", """
                Port-Moresby, 15 mai – Des unités de la Force navale d'autodéfense karvelienne et de la marine malaisienne ont participé à l'exercice, avec les garde-côtes malaisiens, sous l'égide de la Communauté andine et du Forum mélanésien de coopération.

                Les garde-côtes vietnamiens et philippins ont été invités.
                """);
        assertFalse(hasOrg(a, "garde-côtes vietnamiens"), a.orgs().toString());
        assertEquals("military", org(a, "Force navale d'autodéfense karvelienne").kind());
        assertEquals("military", org(a, "marine malaisienne").kind());
        org(a, "garde-côtes malaisiens");
        assertEquals("international", org(a, "Communauté andine").kind());
    }

    @Test
    void aNameRunsThroughJoinedAdjectivesAndAPairOfPlacesItJoins() {
        Facts.Article a = read("joined", """
                Lomé, 9 mai (ATP) – Le ministre togolais du Commerce, Kodjo Amévi, a présidé la réunion du Comité agricole et forestier mixte (CAFC) togo-ghanéen.

                Le Centre de recherche agronomique Togo-Ghana de Kpalimé accueillera les experts, et le Bureau du forum de coopération Togo-Afrique centrale en assurera le suivi.

                Le ministre des Affaires étrangères, de la Communauté togolaise de l'étranger et de l'Intégration africaine, Yao Dzigbodi, était présent, ainsi que le président de la Commission de la Communauté des États sahéliens.

                Les deux ministres ont convenu de relancer la commission mixte de coopération, en sommeil depuis 2016.

                Une délégation conduite par Kofi Mensah, chef de la Commission des relations extérieures du Comité central, effectue du 10 au 12 mai une visite de travail au Ghana.
                """);
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().contains("effectue")), a.orgs().toString());
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().toLowerCase().contains("commission mixte")), a.orgs().toString());
        assertFalse(a.orgs().stream().anyMatch(o -> o.name().startsWith("Communauté togolaise")), a.orgs().toString());
        org(a, "Commission de la Communauté des États sahéliens");
        assertEquals("agency", org(a, "Centre de recherche agronomique Togo-Ghana de Kpalimé").kind());
        Facts.Org committee = org(a, "Comité agricole et forestier mixte");
        assertEquals("CAFC", committee.acronym());
        assertFalse(hasOrg(a, "Comité agricole"));
        org(a, "Centre de recherche agronomique Togo-Ghana de Kpalimé");
        org(a, "Bureau du forum de coopération Togo-Afrique centrale");
    }

    @Test
    void aFirmNamedAloneIsToldByTheNounOfBusinessesAroundIt() {
        Facts.Article a = read("firms", """
                Accra, 3 juin 2026 (GNA) - Le Ghana compte une trentaine d'entreprises norvégiennes, parmi lesquelles Fjordal et Nordvik, a rappelé le ministre.

                Il a salué l'arrivée des groupes brésiliens, dont Tamarel, et le pont réalisé par une entreprise japonaise, Hanbok, ainsi que le terminal où le groupe danois Skovhus doit investir.
                """);
        assertEquals("company", org(a, "Fjordal").kind());
        assertEquals("company", org(a, "Nordvik").kind());
        assertEquals("BR", org(a, "Tamarel").country());
        assertEquals("JP", org(a, "Hanbok").country());
        assertEquals("DK", org(a, "Skovhus").country());
        Facts.Article b = read("firm-nationality", """
                Hanoï, 3 juin 2026 (VNA) - Le ministre a salué les investissements de l'entreprise vietnamienne Thai Long dans la production de détergents.
                """);
        assertEquals("VN", org(b, "Thai Long").country());
    }
}
