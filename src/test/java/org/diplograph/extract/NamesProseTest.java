package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persons, their country and role, and organisations in constructions of French news prose, each in
 * a story written for this test with invented names.
 */
class NamesProseTest {
    static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = ReferenceTables.load().extractor();
    }

    static Facts.Article read(String key, String text) {
        return extractor.extract(SourceDoc.of(key, key + ".txt", text));
    }

    static String role(Facts.Person p) {
        return p.offices().isEmpty() ? null : p.offices().get(0).title();
    }

    @Test
    void aTitleWithItsOwnArticleBetweenTwoNamesIsTheSecondOnes() {
        Facts.Article a = read("yaounde", """
                Yaoundé, 3 mars (CNA) – À l'invitation du président de la République Paul Ekotto, le président de la République fédérale du Nigeria, Musa Danjuma Okoro, effectuera une visite d'État au Cameroun.
                """);
        Facts.Person guest = person(a, "Musa Danjuma Okoro");
        assertEquals("NG", guest.country());
        assertEquals("président de la République fédérale du Nigeria", role(guest));
        Facts.Person host = person(a, "Paul Ekotto");
        assertEquals("président de la République", role(host));
        assertEquals("CM", host.country());
    }

    @Test
    void qualifiersOfATitleHeadBelongToTheTitle() {
        Facts.Article a = read("accra", """
                Yaoundé, 9 décembre (CNA) – Le président de la République a adressé un message à Kwame Asante Boateng, président élu de la République du Bénin.

                Il a aussi reçu M. Salem Nasser al-Otaibi, ambassadeur extraordinaire et plénipotentiaire de l'Etat du Koweït, et Mme Hélène Marchal, ministre déléguée française chargée du Commerce extérieur.
                """);
        Facts.Person elect = person(a, "Kwame Asante Boateng");
        assertEquals("président élu de la République du Bénin", role(elect));
        assertEquals("BJ", elect.country());
        Facts.Person envoy = person(a, "Salem Nasser al-Otaibi");
        assertEquals("KW", envoy.country());
        assertEquals("ambassadeur extraordinaire et plénipotentiaire de l'Etat du Koweït", role(envoy));
        assertEquals("ministre déléguée chargée du Commerce extérieur", role(person(a, "Hélène Marchal")));
    }

    @Test
    void datelinesWrittenOtherWaysStillNameTheAgencysCountry() {
        Facts.Article a = read("kinshasa", """
                Kinshasa, 21 octobre 2024 (ACP).- Le ministre des Finances, Jean-Marie Kalonji Mbuyi, a reçu lundi l'ambassadeur du Portugal, Rui Tavares Lopes.
                """);
        assertEquals("CD", person(a, "Jean-Marie Kalonji Mbuyi").country());
        Facts.Article b = read("hanoi", """
                Jeudi, 17/07/2025 09:12 (VOVWORLD) - Le vice-Premier ministre Tran Quoc Hung a reçu mardi à Hanoï le ministre indien du Commerce, Arjun Mehta Rao.
                """);
        assertEquals("VN", person(b, "Tran Quoc Hung").country());
        Facts.Article c = read("phnompenh", """
                Le Premier ministre reçoit une délégation

                Phnom Penh, 20\u00a0février (AKP) – Le ministre de la Santé, Keo Sambath Vichea, a reçu hier une délégation du ministère japonais de la Santé conduite par Kenji Morita Sato.
                """);
        assertEquals("KH", person(c, "Keo Sambath Vichea").country());
    }

    static java.util.List<String> orgNames(Facts.Article a) {
        return a.orgs().stream().map(Facts.Org::name).sorted().toList();
    }

    @Test
    void newsOutletsBuildingsAndSecondBodiesAreNotReadAsActorsOrRunOn() {
        Facts.Article a = read("ouaga", """
                Ouagadougou, 4 mai (AIB) – Le ministre des Affaires étrangères a reçu au Palais des Congrès une délégation du ministère des Finances et du Bureau du Premier ministre du Togo, a appris l'Agence d'information nationale.

                Le ministère de la Défense pour l'aide apportée aux sinistrés a été remercié, et la communauté internationale pour promouvoir la paix a été saluée.
                """);
        java.util.List<String> names = orgNames(a);
        assertEquals(false, names.stream().anyMatch(n -> n.contains("Agence d'information")), names.toString());
        assertEquals(false, names.stream().anyMatch(n -> n.contains("Congrès")), names.toString());
        assertEquals(false, names.stream().anyMatch(n -> n.contains("Finances et du Bureau")), names.toString());
        assertEquals(false, names.stream().anyMatch(n -> n.contains("pour")), names.toString());
    }

    @Test
    void aNationalityBeforeABusinesssOwnNameIsNoPartOfIt() {
        Facts.Article a = read("maputo", """
                Maputo, 2 juin (AIM) – Le président mozambicain a reçu le directeur général du groupe vietnamien Sontel, Pham Van Loc.
                """);
        assertEquals(true, orgNames(a).contains("Sontel"), orgNames(a).toString());
    }

    @Test
    void aNameShortenedToItsFirstAndLastWordsIsTheSamePerson() {
        Facts.Article a = read("luanda", """
                Le président reçoit un message de son homologue Carlos Mendes

                Kinshasa, 21 octobre 2024 (ACP).- Le Président de la République, Jean-Marie Kalonji Mbuyi, a reçu lundi un message du président angolais, Carlos Alberto Ferreira Mendes.

                Le message du président Mendes porte sur la paix dans la région.
                """);
        java.util.List<String> names = a.persons().stream().map(Facts.Person::name).sorted().toList();
        assertEquals(java.util.List.of("Carlos Alberto Ferreira Mendes", "Jean-Marie Kalonji Mbuyi"), names);
    }

    @Test
    void aNationalityTheTextGivesBeatsTheOutletsOwnCountry() {
        Facts.Article a = read("havane", """
                Hanoï (VNA) - Le ministre des Affaires étrangères Nguyen Van Khoa a félicité son homologue cubain, Rafael Ortega Blanco, ministre des Relations extérieures.

                S'entretenant ensuite avec le Premier ministre singapourien Daniel Tan Wei, le dirigeant vietnamien a proposé de renforcer le commerce.
                """);
        assertEquals("VN", person(a, "Nguyen Van Khoa").country());
        assertEquals("CU", person(a, "Rafael Ortega Blanco").country());
        assertEquals("SG", person(a, "Daniel Tan Wei").country());
    }

    @Test
    void ownNamesAfterAHeadAndAcronymsOfDatelinesAreReadAsTheTextMeansThem() {
        Facts.Article a = read("rabat", """
                Yangon, 3 mars (MNA) – La compagnie Air Atlas Maroc (AAM) et le Fonds d'appui au développement des villages (FADV) ont signé un accord à l'Académie militaire Joseph Ouedraogo.
                """);
        java.util.List<String> names = orgNames(a);
        assertEquals(true, names.contains("Air Atlas Maroc"), names.toString());
        assertEquals(true, names.contains("Fonds d'appui au développement des villages"), names.toString());
        assertEquals(true, names.contains("Académie militaire Joseph Ouedraogo"), names.toString());
        assertEquals(false, names.stream().anyMatch(n -> n.contains("non-alignés")), names.toString());
    }

    @Test
    void regnalNumbersPeoplesAbroadEnvoysPresAndSurnamesAlone() {
        Facts.Article a = read("libreville", """
                Conakry, 3 mars (AGP) – Le ministre malien des Affaires étrangères, du Commerce et des Maliens résidant à l'étranger, Karim Alaoui Benjelloun, porteur d'un message du Roi Hassan VI, a été reçu par le président.

                L'ambassadrice de la République fédérale d'Allemagne près le Bénin, Greta Sommerfeld, était présente.

                Le message du président Benjelloun a été salué par l'ambassadrice Sommerfeld.
                """);
        Facts.Person minister = person(a, "Karim Alaoui Benjelloun");
        assertEquals("ministre des Affaires étrangères, du Commerce et des Maliens résidant à l'étranger", role(minister));
        person(a, "Hassan VI");
        assertEquals("ambassadrice de la République fédérale d'Allemagne près le Bénin", role(person(a, "Greta Sommerfeld")));
        assertEquals(3, a.persons().size(), a.persons().stream().map(Facts.Person::name).toList().toString());
    }

    @Test
    void aPermanentCommitteeIsABodyOfItsAssemblyButAnOrganOfAParty() {
        Facts.Article a = read("pekin", """
                Pékin, 9 avril (Xinhua) -- Wang Hailin, président du Comité permanent de l'Assemblée populaire nationale, s'est entretenu mercredi avec une délégation du Parti du peuple lao (PPL) conduite par Somsak Vongphet, membre du Comité permanent du PPL.
                """);
        java.util.List<String> names = orgNames(a);
        assertEquals(true, names.contains("Comité permanent de l'Assemblée populaire nationale"), names.toString());
        assertEquals(false, names.contains("Comité permanent du PPL"), names.toString());
        assertEquals("président du Comité permanent de l'Assemblée populaire nationale", role(person(a, "Wang Hailin")));
    }

    @Test
    void anOutletWhoseSiteNameNamesACountryLeavesThatCountrysOfficialsUnqualified() {
        String html = """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
                <title>Santé : coopération renforcée avec la Belgique - Le Courrier du Laos</title></head>
                <body><h1>Santé : coopération renforcée avec la Belgique</h1>
                <p>L'ambassadeur de Belgique au Laos, Pieter Van Damme, a été reçu jeudi à Vientiane par la ministre de la Santé, Bounlay Keomany.</p>
                </body></html>
                """;
        Facts.Article a = extractor.extract(new SourceDoc("courrier", "courrier.html", html, null, null, null, null,
                SourceDoc.Format.HTML, null));
        assertEquals("LA", person(a, "Bounlay Keomany").country());
        assertEquals("BE", person(a, "Pieter Van Damme").country());
    }

    @Test
    void aRegionAfterATerritoryNounIsNoPersonStandingInAPhoto() {
        Facts.Article a = read("binh", """
                Hanoï (VNA) - La province de Quang Binh (Centre) et la préfecture japonaise de Nara ont signé un mémorandum d'entente.
                """);
        assertEquals(java.util.List.of(), a.persons().stream().map(Facts.Person::name).toList());
    }

    @Test
    void aCapitalisedLeInsideASentenceBeforeTwoNameWordsIsASurname() {
        Facts.Article a = read("danang", """
                Hanoï (VNA) - Le mémorandum a été signé par Lê Van Khanh, président du Comité populaire de Da Nang, et la délégation a eu une séance de travail avec Le Thi Hoa, cheffe de la Commission des relations extérieures.
                """);
        person(a, "Lê Van Khanh");
        person(a, "Le Thi Hoa");
    }

    @Test
    void aPortugueseParticleStaysInsideTheName() {
        Facts.Article a = read("luanda", """
                Kinshasa, 4 juin (ACP) – Le ministre d'Etat congolais Patrice Mulumba Kasongo a reçu le ministre angolais des Relations extérieures, Joaquim dos Santos Ferreira, porteur d'un message.
                """);
        Facts.Person guest = person(a, "Joaquim dos Santos Ferreira");
        assertEquals("AO", guest.country());
    }

    @Test
    void aCountryAfterItsArticleIsTheEnvoysThoughANameFollows() {
        Facts.Article a = read("envoys", """
                Port-au-Prince, 4 mars (AHP) – Le président de la République, Jean Dorval, a reçu mardi les lettres de créance de l'ambassadeur du Chili Pedro Soto Vera et de l'ambassadrice du Canada Julie Bouchard-Leclerc.
                """);
        assertEquals("CL", person(a, "Pedro Soto Vera").country());
        assertEquals("CA", person(a, "Julie Bouchard-Leclerc").country());
    }

    @Test
    void particlesAndCompoundSurnamesStayInTheName() {
        Facts.Article a = read("particles", """
                Dakar, 3 mars (APS) – Le ministre sénégalais des Affaires étrangères a reçu Mme Jeanne d'Arc Mukuru Ndayi, présidente du Sénat de la République du Rwanda, et M. Klaus von Reichen-Haller, ministre autrichien de l'Intérieur.

                Il s'est aussi entretenu avec Hamad ben Saïd Al-Kaabi, ministre émirati de l'Energie, et avec le ministre malien de la Santé, Seydou Sangaré.
                """);
        assertEquals("RW", person(a, "Jeanne d'Arc Mukuru Ndayi").country());
        assertEquals("AT", person(a, "Klaus von Reichen-Haller").country());
        assertEquals("AE", person(a, "Hamad ben Saïd Al-Kaabi").country());
        assertEquals("ML", person(a, "Seydou Sangaré").country());
    }

    @Test
    void caboVerdeIsTheCountrysOwnName() {
        Facts.Article a = read("praia", """
                Luxembourg, 2 juin – Le Premier ministre luxembourgeois a reçu lundi le vice-Premier ministre et ministre des Finances de Cabo Verde, Paulo Tavares Sousa.
                """);
        assertEquals("CV", person(a, "Paulo Tavares Sousa").country());
        assertEquals(java.util.List.of("CV", "LU"), a.countries().stream().sorted().toList());
    }

    @Test
    void congolaisFollowsTheCongoTheStoryNames() {
        Facts.Article brazza = read("brazza", """
                Libreville, 4 mai (AGP) – Le ministre gabonais des Affaires étrangères a reçu mardi son homologue congolais, Albert Mabiala, venu de Brazzaville.
                """);
        assertEquals("CG", person(brazza, "Albert Mabiala").country());
        Facts.Article kin = read("kin", """
                Lusaka, 4 mai – Le ministre zambien des Mines a reçu son homologue congolais, Albert Mabiala, venu de Kinshasa.
                """);
        assertEquals("CD", person(kin, "Albert Mabiala").country());
    }

    @Test
    void aPluralTitleSharedOutGivesEachPersonHisCountry() {
        Facts.Article a = read("rumi", """
                Ipiales, 27 sept. – Les présidents colombien, Sergio Duarte Villa, et équatorien, Diego Mora Cevallos, se sont retrouvés vendredi sur le pont frontalier.

                Les ministres de la Défense, Carla Pardo Ruiz pour la Colombie et Juan Carlos Mejía Paz pour l'Equateur, ont signé un accord.
                """);
        assertEquals("CO", person(a, "Sergio Duarte Villa").country());
        assertEquals("président colombien", role(person(a, "Sergio Duarte Villa")));
        assertEquals("EC", person(a, "Diego Mora Cevallos").country());
        assertEquals("CO", person(a, "Carla Pardo Ruiz").country());
        assertEquals("EC", person(a, "Juan Carlos Mejía Paz").country());
        assertEquals("ministre de la Défense", role(person(a, "Juan Carlos Mejía Paz")));
    }

    @Test
    void aStyleWithoutItsArticleAndAPortfolioOfTwoAdjectivesLeadToTheName() {
        Facts.Article a = read("styles", """
                Berne, 3 mars – Le conseiller fédéral a reçu la ministre autrichienne des Affaires européennes et internationales, Greta Steiner-Holm, pour une visite de travail.

                Il s'est entretenu au téléphone avec le ministre émirati des Affaires étrangères, cheikh Saïd ben Khalfan Al-Dhaheri.
                """);
        assertEquals("ministre des Affaires européennes et internationales", role(person(a, "Greta Steiner-Holm")));
        assertEquals("AT", person(a, "Greta Steiner-Holm").country());
        assertEquals("AE", person(a, "Saïd ben Khalfan Al-Dhaheri").country());
    }

    @Test
    void theFigureATributeHonoursIsNoPersonOfTheStory() {
        Facts.Article a = read("tribute", """
                Paris, 6 sept. – L'ambassadrice a déposé une gerbe devant la stèle dédiée au Président Tran Van Long, puis a rendu hommage au Président Tran Van Long. Le maire Paul Durand était présent.
                """);
        assertFalse(a.persons().stream().anyMatch(p -> p.name().equals("Tran Van Long")));
        assertEquals("maire", role(person(a, "Paul Durand")));
    }

    @Test
    void aDatelineWithoutAgencyGivesTheCountryOfUnqualifiedOfficials() {
        Facts.Article capitals = read("capitals", """
                NOUAKCHOTT - Le Premier ministre, Brahim Ould Sidaty, a reçu lundi le ministre sénégalais des Mines, Ousmane Faye Ndiaye.
                """);
        assertEquals("MR", person(capitals, "Brahim Ould Sidaty").country());
        assertEquals("SN", person(capitals, "Ousmane Faye Ndiaye").country());
        Facts.Article dated = read("dated", """
                Titre court de la dépêche

                Port-Louis, le 4 mars 2026 – Le ministre des Finances, M. Ravi Dookhit Ramsamy, a reçu ce mardi l'ambassadeur de France, M. Julien Marchetti.
                """);
        assertEquals("MU", person(dated, "Ravi Dookhit Ramsamy").country());
        assertEquals("FR", person(dated, "Julien Marchetti").country());
    }

    @Test
    void anEnvoyIsNamedAfterHisExcellencyAndAHighCommissionerServesHisOwnCountry() {
        Facts.Article a = read("envoys", """
                Lomé, 2 juin (ATG) – Le ministre des Mines a reçu l'ambassadeur du Japon en Côte d'Ivoire, S.E.M. Hiroki Tanabe-Mori, puis le haut-commissaire du Canada au Ghana, M. Owen Bradley-Hart.
                """);
        Facts.Person envoy = person(a, "Hiroki Tanabe-Mori");
        assertEquals("JP", envoy.country());
        assertEquals("ambassadeur du Japon en Côte d'Ivoire", role(envoy));
        Facts.Person high = person(a, "Owen Bradley-Hart");
        assertEquals("CA", high.country());
        assertEquals("haut-commissaire du Canada au Ghana", role(high));
    }

    @Test
    void aDatelineLineWithTheDayInFiguresNamesTheAgencysCountry() {
        Facts.Article a = read("figures", """
                BRUXELLES 14/05 (BELGA)

                Le ministre de la Défense, Pieter Van Damme-Claes, a reçu ce mardi son homologue tunisien, Karim Ben Salah.
                """);
        assertEquals("BE", person(a, "Pieter Van Damme-Claes").country());
        assertEquals("TN", person(a, "Karim Ben Salah").country());
    }

    @Test
    void aTitleListingItsPortfoliosBareEndsBeforeTheName() {
        Facts.Article a = read("bare", """
                Bangui, 9 mars 2026 (ACAP) - Le ministre des Mines, Énergie et Hydraulique, Félicien Ndomaye Kossi, a reçu l'ambassadeur du Ghana.

                L'accord a été signé par le ministre de l'Intérieur, Sécurité publique, Décentralisation et Affaires locales, M. Sylvain Gbazi Mokamba.
                """);
        assertEquals("ministre des Mines, Énergie et Hydraulique", role(person(a, "Félicien Ndomaye Kossi")));
        assertEquals("ministre de l'Intérieur, Sécurité publique, Décentralisation et Affaires locales", role(person(a, "Sylvain Gbazi Mokamba")));
        assertFalse(a.persons().stream().anyMatch(p -> p.name().equals("Énergie") || p.name().equals("Sécurité publique")), a.persons().toString());
    }

    @Test
    void longTitlesAndInitialsStillLeadToTheName() {
        Facts.Article a = read("long", """
                Manille, 14 avril 2026 (PNA) - La ministre de l'Aide au développement, Ilse Vandorpe, a été reçue par le sous-secrétaire à la Pêche, Ramil Santos Obrero, et par le ministre-président de la Gelderie, Joost Verhaal.

                Le gouverneur de la province de Tarlac (nord du pays), Emilio Cruz Dagdag, et la ministre provinciale de Huíla (Angola), Aline Mwamba Kito, étaient présents, ainsi que le vice-président R. Danilo Ferrer et le président ouzbek Timur Alimov.
                """);
        assertEquals("ministre de l'Aide au développement", role(person(a, "Ilse Vandorpe")));
        person(a, "Ramil Santos Obrero");
        person(a, "Joost Verhaal");
        person(a, "Emilio Cruz Dagdag");
        assertEquals("AO", person(a, "Aline Mwamba Kito").country());
        person(a, "R. Danilo Ferrer");
        assertEquals("UZ", person(a, "Timur Alimov").country());
    }

    @Test
    void myanmarAndAVisAVisGiveTheCountries() {
        Facts.Article a = read("vis", """
                Yangon, 30 mars 2025 (Xinhua) - L'ambassadrice de Chine au Myanmar, Wu Lan, a accueilli les secours.

                À Ottawa, la ministre canadienne des Affaires étrangères, Claire Roy, et son vis-à-vis cambodgien, Chan Sophal, ont signé une déclaration.
                """);
        assertEquals("CN", person(a, "Wu Lan").country());
        assertEquals("KH", person(a, "Chan Sophal").country());
        assertEquals("ministre des Affaires étrangères", role(person(a, "Chan Sophal")));
    }
}
