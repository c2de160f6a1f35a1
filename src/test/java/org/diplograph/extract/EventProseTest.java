package org.diplograph.extract;

import static org.diplograph.extract.FrenchProseTest.event;
import static org.diplograph.extract.FrenchProseTest.names;
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

    /** The month and day of the event's date ("05-14" of "--05-14" or "2025-05-14"), or null. */
    static String monthDay(Facts.Event e) {
        String d = day(e);
        return d == null ? null : d.substring(d.length() - 5);
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
        assertTrue(a.events().stream().noneMatch(e -> e.kind() == EventKind.VISIT && e.standing() == Standing.HAPPENED), a.events().toString());
    }

    @Test
    void aWeekdayOpeningKeepsThePluperfectInTheStorysWeek() {
        Facts.Article a = read("week", """
                Lusaka (ZNA) - Le président zambien Joseph Mwale a rencontré dimanche à Lusaka le président kényan, Peter Banda.

                Samedi, Joseph Mwale s'était entretenu avec le ministre tanzanien des Affaires étrangères, Amani Juma.
                """);
        assertEquals(Standing.HAPPENED, event(a, "talks", "Joseph Mwale", "Amani Juma").standing());
    }

    @Test
    void talksRecalledInThePluperfectAreBackground() {
        Facts.Article a = read("recall", """
                Lusaka (ZNA) - Le président zambien Joseph Mwale a reçu le 2 juin à Lusaka le ministre tanzanien des Affaires étrangères, Amani Juma.

                Joseph Mwale a rappelé sa visite en Tanzanie en janvier dernier, au cours de laquelle il s'était entretenu avec le président tanzanien, Saidi Mrema.
                """);
        assertTrue(a.events().stream().filter(e -> e.kind() == EventKind.TALKS).noneMatch(e -> e.standing() == Standing.HAPPENED),
                a.events().toString());
    }

    @Test
    void hierIsTheDayBeforeTheDatelinesDay() {
        Facts.Article a = read("hier", """
                Le Premier ministre reçoit la ministre chilienne

                Antananarivo, le 12 mars 2025 (ANTA) -- Le Premier ministre malgache Hery Randria a reçu hier après-midi à Antananarivo la ministre chilienne des Affaires étrangères, Ana Fuentes.

                Les deux parties ont évoqué la coopération dans la pêche.
                """);
        assertEquals("2025-03-11", day(event(a, "reception", "Hery Randria", "Ana Fuentes")));
    }

    @Test
    void laVeilleAndLeLendemainCountFromTheEventToldBefore() {
        Facts.Article a = read("veille", """
                Libreville (AGP) - Le président gabonais, Paul Obame, a reçu en audience mercredi 9 avril le ministre sénégalais des Affaires étrangères, Cheikh Ndiaye.

                Le lendemain, Cheikh Ndiaye a été reçu par le Premier ministre gabonais, Rose Mba.
                """);
        assertEquals("--04-10", day(event(a, "reception", "Rose Mba", "Cheikh Ndiaye")));
    }

    @Test
    void aParticipleOpeningTellsAReceptionByTheSubject() {
        Facts.Article a = read("recevant", """
                Phnom Penh (AKP) - Le ministre thaïlandais de la Défense, Somchai Wongsa, effectue une visite officielle au Cambodge du 3 au 5 mai.

                Recevant son hôte le 4 mai, le Premier ministre cambodgien Sok Dara a salué les liens entre les deux armées.
                """);
        Facts.Event e = event(a, "reception", "Sok Dara", "Somchai Wongsa");
        assertTrue(day(e) != null && day(e).endsWith("05-04"), e.toString());
    }

    @Test
    void aDelegationReceivedInThePassiveIsItsLeadersReception() {
        Facts.Article a = read("delegation", """
                Vientiane (KPL) - Une délégation de la province thaïlandaise de Loei, conduite par M. Anan Srisuk, gouverneur de la province, a effectué une visite de travail dans la province de Xayabouly du 6 au 8 mai.

                A son arrivée, la délégation a été reçue par M. Bounmy Vongsa, gouverneur de la province de Xayabouly.
                """);
        event(a, "reception", "Bounmy Vongsa", "Anan Srisuk");
    }

    @Test
    void aWreathLayingIsACeremony() {
        Facts.Article a = read("wreath", """
                Hanoi (VNA) - Le ministre mongol des Affaires étrangères, Batbold Ganzorig, a entamé le 2 juin une visite officielle au Vietnam.

                Le même jour, Batbold Ganzorig a déposé une gerbe de fleurs au Mausolée du Président Ho Chi Minh.
                """);
        event(a, "ceremony", "Batbold Ganzorig");
    }

    @Test
    void theBuildingAnEventIsHeldInIsItsPlace() {
        Facts.Article a = read("venue", """
                Dakar (APS) - Le président sénégalais, Amadou Diallo, a reçu le 5 mai au Palais de la République Mme Lucia Ferreira, ministre brésilienne des Affaires étrangères.
                """);
        Facts.Event e = event(a, "reception", "Amadou Diallo", "Lucia Ferreira");
        assertEquals("Palais de la République", e.place() == null ? null : e.place().name());
    }

    static java.util.List<String> pairs(Facts.Article a) {
        return a.pairs().stream().map(p -> p.a() + "-" + p.b()).sorted().toList();
    }

    @Test
    void anOfficialTheOutletNamesWithoutNationalityServesItsCountry() {
        Facts.Article a = read("unnamed", """
                Abidjan, 8 juillet (AIP) - Le Premier ministre ivoirien, Koné Yao, a reçu le 8 juillet à Abidjan la ministre brésilienne du Commerce, Lucia Ferreira.

                Le même jour, le chef du gouvernement s'est entretenu avec l'ambassadeur d'Italie, Marco Bellini.
                """);
        assertTrue(pairs(a).contains("CI-IT"), pairs(a).toString());
    }

    @Test
    void aStoryOfAidWithoutAnyEventIsAboutItsTwoCountries() {
        Facts.Article a = read("aid", """
                Conakry (AGP) - Un lot de 500 tonnes de riz offert par le Japon à la Guinée est arrivé au port de Conakry.

                Ce don du Japon s'inscrit dans la coopération entre la Guinée et le Japon, a indiqué le ministère guinéen de l'Agriculture dans un communiqué.
                """);
        assertEquals(java.util.List.of("GN-JP"), pairs(a));
    }

    @Test
    void aSubjectWithAnAcronymInItsAppositionAndACeremonyBeforeTheTalks() {
        Facts.Article a = read("apn", """
                Rabat (MAP) - Karim Alaoui, président de la Chambre des représentants (CDR), s'est entretenu le 6 mai au Palais du Parlement avec le président du Sénat chilien, Pablo Ortega.

                Avant les entretiens, Karim Alaoui a présidé une cérémonie de bienvenue en l'honneur de Pablo Ortega.
                """);
        event(a, "talks", "Karim Alaoui", "Pablo Ortega");
        Facts.Event c = event(a, "ceremony", "Karim Alaoui");
        assertTrue(day(c) != null && day(c).endsWith("05-06"), c.toString());
        assertEquals("Palais du Parlement", c.place() == null ? null : c.place().name());
    }

    @Test
    void aSessionUnderTwoChairsIsTalksDuringAVisitOfTwoDays() {
        Facts.Article a = read("session", """
                Lomé (ATOP) - La 5e session de la Commission mixte de coopération Togo-Ghana s'est tenue mardi 6 mai à Lomé, sous la coprésidence de M. Kodjo Agbeyome, ministre togolais des Affaires étrangères, et de son homologue ghanéen, M. Kwame Asante, en visite officielle au Togo les 5 et 6 mai.
                """);
        event(a, "talks", "Kodjo Agbeyome", "Kwame Asante");
        assertTrue(String.valueOf(day(event(a, "visit", "Kwame Asante"))).endsWith("05-05"), a.events().toString());
    }

    @Test
    void aStudyVisitIsAVisit() {
        Facts.Article a = read("study", """
                Hanoi (VNA) - M. Kamal Haddad, directeur de l'École nationale d'administration du Maroc, est en visite d'étude au Vietnam du 2 au 6 juin.
                """);
        event(a, "visit", "Kamal Haddad");
    }

    @Test
    void anAgreementSignedAtTheEndOfACommissionsMeetingTakesTheTalksDay() {
        Facts.Article a = read("commission", """
                Accra (GNA) - Le ministre ghanéen des Affaires étrangères, Kofi Mensah, et son homologue portugais, Rui Tavares, ont coprésidé le 4 mars à Accra la 3e réunion de la Commission mixte Ghana-Portugal.

                À l'issue de la réunion, les représentants des deux parties ont signé un mémorandum d'entente sur la coopération dans la pêche.
                """);
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        Facts.Agreement deal = a.agreements().get(0);
        assertTrue(deal.date() != null && deal.date().lexical().endsWith("-03-04"), "the meeting's day: " + deal.date());
    }

    @Test
    void aPostingStampWithSpacesAfterItsDotsGivesTheWeekdaysDay() {
        Facts.Article a = html("dots", """
                <html><body><h1>Le président reçoit le Premier ministre</h1>
                <div class="article-date">Mis à jour le 07. 02. 2025</div>
                <p>Le président malgache Hery Randria a reçu jeudi à Antananarivo le Premier ministre mauricien, Vikash Doorgah, en visite officielle à Madagascar.</p>
                </body></html>
                """);
        assertEquals("2025-02-06", day(event(a, "reception", "Hery Randria", "Vikash Doorgah")));
    }

    @Test
    void aPluralSubjectHoldingAMeetingOrOpeningASessionMeetsTogether() {
        Facts.Article a = read("joint", """
                Lima (ANDINA) - Le ministre bolivien des Affaires étrangères, Mateo Quiroga, et son homologue paraguayen, Hugo Benítez, ont tenu le 4 mars une réunion de travail à Lima.

                Le 5 mars, les deux ministres ont ouvert la quatrième session de la commission mixte bolivo-paraguayenne.
                """);
        event(a, "meeting", "Mateo Quiroga", "Hugo Benítez");
        event(a, "talks", "Mateo Quiroga", "Hugo Benítez");
    }

    @Test
    void aVisitorToldByARelativeClauseOrAnArrivalAndATitledGuestReceivedInThePassive() {
        Facts.Article a = read("relative", """
                Quito (EFE) - Le chef de l'État équatorien, Diego Paredes, a reçu lundi la ministre uruguayenne de l'Industrie, Lucía Ferreyra, qui effectue une visite de trois jours en Équateur.

                La ministre uruguayenne a ensuite été reçue par le président du Congrès, Tomás Villacís.
                """);
        event(a, "visit", "Lucía Ferreyra");
        event(a, "reception", "Tomás Villacís", "Lucía Ferreyra");
    }

    @Test
    void theTwoMinistersAreTheLastTwoNamedWithThatTitle() {
        Facts.Article a = read("twoministers", """
                Dakar (APS) - Le ministre du Commerce, Ousmane Faye, et la ministre gambienne du Commerce, Fatou Ceesay, ont inauguré lundi une foire à Dakar, en présence de l'ambassadeur de Gambie, Lamin Jobe.

                En marge de la foire, les deux ministres ont tenu une séance de travail sur le transit.
                """);
        event(a, "meeting", "Ousmane Faye", "Fatou Ceesay");
    }

    @Test
    void laCeremonieIsTheOneTheSentenceBeforeToldOnItsDay() {
        Facts.Article a = read("fair", """
                Bamako, 12 mars 2025 (AMAP) - Le ministre malien du Commerce, Ibrahim Touré, et le ministre guinéen du Commerce, Sékou Camara, ont inauguré le 11 mars au Centre international de conférences de Bamako la 3e Foire guinéenne.

                La cérémonie s'est déroulée en présence de l'ambassadeur de Guinée, Alpha Bah, et du consul du Mali, Moussa Keita.
                """);
        assertEquals("2025-03-11", day(event(a, "ceremony", "Alpha Bah")));
    }

    @Test
    void theSameDayAfterASigningIsTheSigningsDay() {
        Facts.Article a = read("signday", """
                Lomé (ATOP) - Le ministre togolais de la Santé, Kodjo Amegah, et son homologue béninois, Romain Houngbo, ont signé le 14 mai à Lomé un protocole d'accord sur la formation des sages-femmes.

                Avant la signature, les deux ministres ont eu des entretiens sur la surveillance des épidémies.

                Le même jour, Romain Houngbo a été reçu par le Premier ministre togolais, Essi Dogbe.
                """);
        assertEquals("05-14", monthDay(event(a, "talks", "Kodjo Amegah", "Romain Houngbo")));
        assertEquals("05-14", monthDay(event(a, "reception", "Romain Houngbo", "Essi Dogbe")));
    }

    @Test
    void laterThatDayAndOnTheMarginsOfAGatheringKeepTheDayTold() {
        Facts.Article a = read("afternoon", """
                Niamey (ANP) - Le Premier ministre nigérien, Issa Garba, a reçu en audience mercredi 9 juillet à Niamey l'envoyé spécial du président malien, Oumar Touré.

                Dans l'après-midi, Oumar Touré a eu une séance de travail avec le ministre nigérien des Affaires étrangères, Hamid Souley.
                """);
        assertEquals("07-09", monthDay(event(a, "meeting", "Oumar Touré", "Hamid Souley")));
        Facts.Article b = read("margins", """
                Dakar (APS) - La ministre sénégalaise du Commerce, Awa Ndour, et son homologue gambien, Lamin Jallow, ont inauguré le 3 mars 2025 au Centre des expositions de Dakar la 2e Foire des produits gambiens.

                En marge de la foire, les deux ministres ont tenu une séance de travail sur le passage des camions à la frontière.
                """);
        assertEquals("2025-03-03", day(event(b, "meeting", "Awa Ndour", "Lamin Jallow")));
    }

    @Test
    void aDelegationArrivedOnSundayIsAVisit() {
        Facts.Article a = read("sunday", """
                Tunis (TAP) - La session de la commission mixte s'est ouverte lundi 6 octobre 2025 à Tunis sous la coprésidence du chef du gouvernement tunisien, Slim Ayari, et du Premier ministre mauritanien, Sidi Ould Cheikh, arrivé dimanche à Tunis à la tête d'une importante délégation.
                """);
        assertEquals(Standing.HAPPENED, event(a, "visit", "Sidi Ould Cheikh").standing());
    }

    @Test
    void anAgreementDueToBeSignedOrSignedYearsBeforeIsNoSigningOfTheStory() {
        Facts.Article a = read("duty", """
                Accra (GNA) - Le ministre ghanéen des Finances, Kofi Mensah, a reçu le 4 mars à Accra son homologue portugais, Rui Tavares.

                Les deux pays avaient déjà conclu en 2019 un accord sur la pêche, a rappelé M. Mensah.

                Un accord de prêt destiné au port de Takoradi doit par ailleurs être signé le mois prochain.

                À l'issue de l'entretien, les deux ministres ont signé un mémorandum d'entente sur la formation des douaniers.
                """);
        assertEquals(1, a.agreements().stream().filter(x -> x.modality() == Modality.SIGNED).count(), a.agreements().toString());
        assertEquals("mémorandum d'entente", a.agreements().stream().filter(x -> x.modality() == Modality.SIGNED).findFirst().orElseThrow().type());
    }

    @Test
    void aPalaceWrittenWithoutCapitalIsTheMeetingsVenue() {
        Facts.Article a = read("palace", """
                Accra (GNA) - Le président ghanéen, Kofi Mensah, a reçu le 4 mars au palais de Jubilee le ministre portugais des Affaires étrangères, Rui Tavares.
                """);
        assertEquals("palais de Jubilee", event(a, "reception", "Kofi Mensah", "Rui Tavares").place().name());
    }

    @Test
    void talksHeldWithTheDayBetweenVerbAndObjectAreTalks() {
        Facts.Article a = read("held", """
                Accra (GNA) - Le ministre ghanéen de la Défense, Kofi Mensah, et son homologue portugais, Rui Tavares, ont tenu mercredi des entretiens à Accra sur la sécurité maritime.
                """);
        assertEquals("Accra", event(a, "talks", "Kofi Mensah", "Rui Tavares").place().name());
    }

    @Test
    void aReceptionToldAfterACommaPhraseOrInATimeClauseIsAReception() {
        Facts.Article a = read("aside", """
                Lisbonne (LUSA) - La ministre portugaise de la Culture, Inês Valadares, s'est entretenue mardi à Lisbonne avec la ministre tunisienne des Affaires culturelles, Salma Ben Khelifa.

                Mme Ben Khelifa a, par la suite, été reçue par le Premier ministre portugais, Duarte Moniz Serrão.

                Mme Valadares et Mme Ben Khelifa ont pour leur part tenu des consultations dans l'après-midi, avant que la ministre tunisienne ne soit reçue par le président du Parlement, Tomás Aguiar Leitão.
                """);
        event(a, "talks", "Inês Valadares", "Salma Ben Khelifa");
        event(a, "reception", "Salma Ben Khelifa", "Duarte Moniz Serrão");
        event(a, "reception", "Salma Ben Khelifa", "Tomás Aguiar Leitão");
    }

    @Test
    void consultationsHeldAndATeteATeteAreTalksAndAMeeting() {
        Facts.Article a = read("tete", """
                Accra (GNA) - Le ministre ghanéen des Affaires étrangères, Yaw Boateng Asare, et son homologue togolais, Komlan Agbéko Dossou, ont pour leur part tenu des consultations mardi à Accra sur la sécurité dans le golfe de Guinée.

                Le président ghanéen, Kwesi Owusu Darko, a également eu un tête-à-tête avec le président togolais, Edem Kodjo Amégan, sur la frontière commune.
                """);
        event(a, "talks", "Yaw Boateng Asare", "Komlan Agbéko Dossou");
        event(a, "meeting", "Kwesi Owusu Darko", "Edem Kodjo Amégan");
    }

    @Test
    void aCourtesyCallInThePluperfectOfTheStorysWeekAndAWreathLaidAfterIt() {
        Facts.Article a = read("courtesy", """
                HANOI, 10 mars (VNA) -- Le ministre laotien de la Défense, Bounmy Keomany, et son homologue vietnamien, Lê Quang Thạch, ont tenu mercredi des entretiens à Hanoi.

                Mardi, M. Keomany avait rendu une visite de courtoisie au Premier ministre vietnamien, Đoàn Văn Khải, au siège du gouvernement, et déposé une gerbe au Monument aux héros.
                """);
        event(a, "reception", "Bounmy Keomany", "Đoàn Văn Khải");
        Facts.Event wreath = event(a, "ceremony", "Bounmy Keomany");
        assertEquals(1, wreath.participants().size(), wreath.toString());
    }

    @Test
    void anInaugurationIsACeremonyOfThoseWhoInaugurate() {
        Facts.Article a = read("bridge", """
                Bamako (AMAP) - Le président malien, Oumar Sidibé Traoré, et son homologue guinéen, Ibrahima Condé Bah, ont inauguré le 12 mars le pont frontalier de Kourémalé.
                """);
        assertEquals("03-12", monthDay(event(a, "ceremony", "Oumar Sidibé Traoré", "Ibrahima Condé Bah")));
    }

    @Test
    void aMeetingToldByATimeClauseAndAWorkingSessionCochaired() {
        Facts.Article a = read("before", """
                New Delhi (VNA) - Le vice-ministre vietnamien de la Défense, le général Đặng Minh Khôi, et le secrétaire indien à la Défense, Rajiv Mehra Sharma, ont coprésidé lundi à New Delhi une séance de travail sur la formation des officiers.

                Mardi, le général Đặng Minh Khôi a déposé une gerbe au Mémorial national, avant de rencontrer le chef d'état-major de l'Armée de terre indienne, le général Anil Kapoor Verma.
                """);
        event(a, "meeting", "Đặng Minh Khôi", "Rajiv Mehra Sharma");
        event(a, "meeting", "Đặng Minh Khôi", "Anil Kapoor Verma");
        event(a, "ceremony", "Đặng Minh Khôi");
    }

    @Test
    void anArrivalInTheCapitalIsTheVisitOfTheSubjectTitledByNationality() {
        Facts.Article a = read("arrived", """
                Kinshasa, 19 juin 2025 (ACP).- Le président de la République, Kalala Mbuyi Tshiala, a reçu jeudi le ministre angolais des Relations extérieures, Mateus Lourenço Neto.

                Arrivé mercredi dans la capitale congolaise, le ministre angolais s'était entretenu le même jour avec la ministre congolaise des Affaires étrangères, Bijou Kasongo Ilunga.
                """);
        event(a, "visit", "Mateus Lourenço Neto");
        Facts.Event talks = event(a, "talks", "Bijou Kasongo Ilunga");
        assertEquals(Standing.HAPPENED, talks.standing(), talks.toString());
    }

    @Test
    void anArrivalWithItsDayIsAVisit() {
        Facts.Article a = read("monday", """
                KUALA LUMPUR, 30 avril (Xinhua) -- Le ministre chinois du Commerce, Gao Minghai, a rencontré mercredi son homologue malaisien, Faizal Rahim Othman.

                M. Gao, qui est arrivé lundi en Malaisie pour une visite officielle de quatre jours, a plaidé pour un commerce ouvert.
                """);
        event(a, "visit", "Gao Minghai");
    }

    @Test
    void aSessionOfMinistersHeldUnderAChairIsAConferenceAndThoseWhoTookPartAttendIt() {
        Facts.Article a = read("council", """
                Bamako (AMAP) - La session extraordinaire du Conseil des ministres de l'Union du fleuve s'est tenue le 14 mai à Bamako, sous la présidence du ministre malien des Affaires étrangères, Modibo Keïta Coulibaly.

                Y ont pris part le ministre guinéen des Affaires étrangères, Sékou Camara Diallo, et la ministre sénégalaise de l'Intégration, Awa Ndoye Fall.
                """);
        event(a, "conference", "Modibo Keïta Coulibaly", "Sékou Camara Diallo", "Awa Ndoye Fall");
    }

    @Test
    void aDecorationAtACeremonyChairedByAMinisterIsACeremony() {
        Facts.Article a = read("order", """
                Hanoi, 14 mars 2025 (VNA) – Le vice-président, Lê Văn Khoa, a reçu vendredi à Hanoi l'ambassadeur de Finlande, Eero Lindqvist, venu lui faire ses adieux.

                La veille, le diplomate avait été décoré de l'Ordre de l'Amitié lors d'une cérémonie présidée par le vice-ministre des Affaires étrangères Trần Minh Đức au siège du ministère.
                """);
        assertEquals("2025-03-13", day(event(a, "ceremony", "Trần Minh Đức")));
    }

    @Test
    void aForumNamedWithAnOrdinalWordThatMinistersTookPartInIsAConference() {
        Facts.Article a = read("forum", """
                VALENCE — La ministre espagnole de l'Industrie, Lucía Ferrán Ibarra, s'est entretenue lundi à Valence avec son homologue marocain, Karim Benjelloun Tazi.

                Les deux ministres participaient au septième Forum industriel de la Méditerranée, présidé par le secrétaire général de l'organisation, Paolo Rinaldi Conti.
                """);
        event(a, "conference", "Paolo Rinaldi Conti");
    }

    @Test
    void aGatheringOfAMonthGoneByOrAFewMonthsAheadDidNotHappenNow() {
        Facts.Article a = read("ahead", """
                Conakry, 12 mars 2025 (AGP) - L'ambassadeur du Japon, Hiroki Tanabe, et le ministre guinéen de la Santé, Mamadou Sylla Barry, ont inauguré mardi un centre de santé à Kindia.

                Ce don s'inscrit dans les engagements pris lors du sommet du Forum de coopération, tenu à Tokyo en septembre dernier, auquel avait pris part le président guinéen, Alpha Touré Kaba.

                L'ambassadeur Tanabe a indiqué que ce projet comptait, à quelques mois de la dixième Conférence internationale sur le développement, prévue en août.
                """);
        assertTrue(a.events().stream().noneMatch(e -> e.kind() == EventKind.CONFERENCE && e.standing() == Standing.HAPPENED), a.events().toString());
    }

    static java.util.List<Facts.Agreement> signed(Facts.Article a) {
        return a.agreements().stream().filter(x -> x.modality() == Modality.SIGNED).toList();
    }

    static java.util.List<String> partiesOf(Facts.Agreement x) {
        return x.parties().stream().sorted().toList();
    }

    @Test
    void aTitleAsTheGuestIsTheOneWhoHoldsThatOfficeNotTheLastOfThatNationality() {
        Facts.Article a = read("titled", """
                Bamako (AMAP) - La 8e session de la commission mixte malo-guinéenne s'est tenue le 14 mai à Bamako, sous la coprésidence du Premier ministre malien, Oumar Keita, et du Premier ministre guinéen, Sekou Bangoura.

                Les documents ont été paraphés par le ministre malien de l'Economie, Issa Traoré, et par le ministre guinéen des Finances, Mamadi Condé.

                Le Premier ministre guinéen avait été reçu la veille au palais de Koulouba par le président de la Transition, Moussa Diarra.
                """);
        Facts.Event e = event(a, "reception", "Moussa Diarra", "Sekou Bangoura");
        assertEquals(2, e.participants().size(), e.toString());
        assertEquals("--05-13", day(e));
    }

    @Test
    void aTitleWithoutNationalityIsTheOneTheStoryGaveThatTitle() {
        Facts.Article a = read("envoy", """
                Lomé, 6 mai 2025 (ATOP) - Le ministre togolais de l'Economie, Komi Adjo, et l'ambassadrice du Canada au Togo, Claire Dubois, ont procédé mardi à Lomé à la signature d'une convention de financement.

                La veille, l'ambassadrice avait été reçue en audience par la ministre de la Santé, Afi Mensah.
                """);
        Facts.Event e = event(a, "reception", "Afi Mensah", "Claire Dubois");
        assertEquals(2, e.participants().size(), e.toString());
    }

    @Test
    void aTitledGuestReceivedByOneThenByAnotherHasTwoReceptions() {
        Facts.Article a = read("then", """
                Malabo (AGP) - Le ministre gabonais du Commerce, Paul Obame, a entamé mardi une visite de travail en Guinée équatoriale.

                Le ministre gabonais a été reçu mercredi par le Premier ministre, Pedro Nsue, puis par le président du Sénat, Teresa Ayingono.

                Il a également été accueilli au port de Bata par le gouverneur de la province.
                """);
        Facts.Event first = event(a, "reception", "Paul Obame", "Pedro Nsue");
        Facts.Event second = event(a, "reception", "Paul Obame", "Teresa Ayingono");
        assertEquals(2, first.participants().size(), first.toString());
        assertEquals(2, second.participants().size(), second.toString());
    }

    @Test
    void theSenderOfAMessageCarriedToTheMeetingTakesNoPartInIt() {
        Facts.Article a = read("message", """
                Niamey (ANP) - Le ministre tchadien de l'Energie, Idriss Mahamat, a été reçu jeudi à Niamey par le chef de l'Etat, Moussa Garba, auquel il a transmis un message du président tchadien, Ahmat Brahim.
                """);
        Facts.Event e = event(a, "reception", "Idriss Mahamat", "Moussa Garba");
        assertEquals(2, e.participants().size(), e.toString());
    }

    @Test
    void aGuestNamedByATitleOfANationalityIsTheOneNamedBeforeAndSignsWithTheHost() {
        Facts.Article a = read("object", """
                TOKYO, 4 mars 2025 (Kyodo) -- La ministre japonaise des Affaires étrangères, Aiko Tanabe, a présidé mardi à Tokyo une réunion avec le ministre indonésien des Affaires étrangères, Budi Santoso, et son homologue philippin, Jose Ramos.

                Mardi matin, elle avait reçu le ministre philippin au ministère, et les deux responsables ont signé un mémorandum d'entente sur les gardes-côtes.
                """);
        Facts.Event e = event(a, "reception", "Aiko Tanabe", "Jose Ramos");
        assertEquals(2, e.participants().size(), e.toString());
        assertEquals(java.util.List.of("JP", "PH"), partiesOf(signed(a).get(0)));
    }

    @Test
    void aSigningTheDayBeforeOrAfterTakesThatDayNotTheMeetingsBefore() {
        Facts.Article a = read("daynext", """
                Libreville (AGP) - Le président gabonais, Paul Obame, et son homologue camerounais, Jean Biya Ekotto, ont inauguré le 12 mars le pont de Kye-Ossi.

                La veille, à Libreville, les ministres des Affaires étrangères des deux pays, Rose Mba et Pierre Nkodo, avaient signé un accord sur la libre circulation des personnes.
                """);
        assertEquals("--03-11", day(signed(a).get(0).date()), a.agreements().toString());
        Facts.Article b = read("lendemain", """
                Nouakchott (AMI) - Le ministre sénégalais du Pétrole, Ousmane Diop, a entamé lundi 3 février une visite de deux jours en Mauritanie.

                Il a été reçu le jour même par le président mauritanien, Ahmed Ould Sidi.

                Le lendemain, les délégations ont tenu une séance de travail, à l'issue de laquelle les deux sociétés pétrolières nationales ont signé un accord-cadre sur le raffinage.
                """);
        assertEquals("--02-04", day(signed(b).get(0).date()), b.agreements().toString());
    }

    static String day(DateValue d) {
        return d == null ? null : d.lexical();
    }

    @Test
    void aJointDeclarationAdoptedIsAnAgreement() {
        Facts.Article a = read("adopt", """
                Berne (ATS) - La ministre suisse des Affaires étrangères, Anna Keller, a reçu mardi à Berne son homologue slovène, Marko Novak.

                Les deux ministres ont adopté une déclaration conjointe sur la protection des Alpes.

                Le Parlement avait adopté en 2021 la loi sur les transports alpins.
                """);
        java.util.List<Facts.Agreement> all = signed(a);
        assertEquals(1, all.size(), a.agreements().toString());
        assertEquals("déclaration conjointe", all.get(0).type());
        assertEquals(java.util.List.of("CH", "SI"), partiesOf(all.get(0)));
    }

    @Test
    void aSigningWishedForDueOrCountedFromIsNotOneOfTheStory() {
        Facts.Article a = read("notnow", """
                Hanoi (VNA) - Le ministre vietnamien de la Défense, Tran Van Long, s'est entretenu le 9 juin à Hanoi avec son homologue indonésien, Budi Hartono.

                Les deux ministres sont convenus de finaliser un mémorandum d'entente sur la formation, qui devrait être signé lors de la prochaine visite du ministre vietnamien.

                Tran Van Long a souhaité que le code de conduite soit conclu rapidement, conformément à la Convention des Nations unies sur le droit de la mer.

                Il s'est félicité des résultats obtenus depuis la signature, en 2019, de leur premier accord de défense.
                """);
        assertTrue(signed(a).isEmpty(), a.agreements().toString());
    }

    @Test
    void threeMinistersSigningGiveTheirThreeCountries() {
        Facts.Article a = read("three", """
                Niamey (ANP) - Le ministre nigérien des Affaires étrangères, Ali Moussa, a présidé le 20 février à Niamey une session du conseil des ministres de la confédération.

                Y ont pris part le ministre malien des Affaires étrangères, Bakary Coulibaly, et la ministre burkinabè des Affaires étrangères, Awa Sawadogo.

                Les trois ministres ont signé un protocole d'accord sur leurs ambassades communes.
                """);
        assertEquals(java.util.List.of("BF", "ML", "NE"), partiesOf(signed(a).get(0)), a.agreements().toString());
    }

    @Test
    void aRiverNamedLikeACountryIsNoParty() {
        Facts.Article a = read("river", """
                Buenos Aires (Télam) - La ministre argentine des Affaires étrangères, Laura Pérez, a reçu le 7 avril à Buenos Aires son homologue brésilien, Paulo Souza.

                Au terme de la rencontre, les deux chefs de la diplomatie ont signé un plan d'action qui prévoit un second pont sur le fleuve Uruguay.
                """);
        assertEquals(java.util.List.of("AR", "BR"), partiesOf(signed(a).get(0)), a.agreements().toString());
    }

    @Test
    void twoInstrumentsCountedAreTwoAgreementsAndOnesSubjectIsNoOther() {
        Facts.Article a = read("counted", """
                Cotonou, 9 oct. (ABP) - Le ministre béninois des Finances, Paul Hounsa, et l'ambassadeur du Danemark, Lars Holm, ont signé mardi à Cotonou deux conventions de financement destinées à l'eau potable.

                À cette occasion, le ministère de la Santé et l'agence danoise de développement ont signé une lettre d'intention portant sur un programme de formation de sages-femmes.
                """);
        java.util.List<String> types = signed(a).stream().map(Facts.Agreement::type).sorted().toList();
        assertEquals(java.util.List.of("convention de financement", "convention de financement", "lettre d'intention"), types, a.agreements().toString());
    }

    @Test
    void notesExchangedWithTheDayAndPlaceBetweenAreAnAgreementAndARecalledOneIsNot() {
        Facts.Article a = read("notes", """
                Abidjan, 14 mars 2025 (AIP) - La Côte d'Ivoire et la Corée du Sud ont procédé jeudi, à Abidjan, à un échange de notes portant sur un don coréen destiné à la ville de Korhogo.

                Pour mémoire, un accord-cadre de coopération, signé il y a plusieurs années, lie les deux pays.
                """);
        java.util.List<Facts.Agreement> all = signed(a);
        assertEquals(1, all.size(), a.agreements().toString());
        assertEquals("échange de notes", all.get(0).type());
    }

    @Test
    void aSigningThereTakesTheDayOfTheSentenceBefore() {
        Facts.Article a = read("there", """
                Quito (ANDES) - Le président colombien, Juan Restrepo, est arrivé lundi soir à Quito pour une visite d'État de deux jours.

                Le 3 juin, il a été reçu au palais de Carondelet par le président équatorien, Luis Carrera.

                Le 4 juin, les deux présidents ont ouvert la réunion du cabinet binational. Les deux présidents y ont signé un plan d'action pour la frontière.
                """);
        assertEquals("--06-04", day(signed(a).get(0).date()), a.agreements().toString());
    }

    @Test
    void aSecondInstrumentOfTheSameKindIsAnotherAgreement() {
        Facts.Article a = read("second", """
                Amman (Petra) - Le ministre jordanien de l'Energie, Omar Haddad, et le ministre syrien de l'Electricité, Samir Khoury, ont signé le 11 juin à Amman un mémorandum d'entente sur l'interconnexion électrique.

                Un second mémorandum, relatif aux zones industrielles, a été signé par les ministres de l'Industrie des deux pays.
                """);
        assertEquals(2, signed(a).size(), a.agreements().toString());
    }

    @Test
    void theDayAnInstrumentRunsFromIsNotTheDayItWasSigned() {
        Facts.Article a = read("from", """
                Vienne (APA) - La ministre autrichienne des Affaires étrangères, Eva Gruber, a reçu le 4 mars à Vienne son homologue slovaque, Peter Kollar.

                À cette occasion, les deux ministres ont signé un accord sur le transport ferroviaire, applicable à partir de janvier 2027.
                """);
        String d = day(signed(a).get(0).date());
        assertTrue(d != null && d.endsWith("-03-04"), a.agreements().toString());
    }

    @Test
    void aVisitOfJoinedKindsAndLengthOrAnArrivalSetAgainstATitledSubjectIsAVisit() {
        Facts.Article a = read("arrivals", """
                Lomé (ATOP) - Le ministre togolais des Affaires étrangères, Komlan Adjavon, s'est entretenu jeudi 5 mars à Lomé avec son homologue béninois, M. Gérard Houngbo-Tossou, en visite de travail et d'amitié de quarante-huit heures au Togo depuis la veille.

                Lomé (ATOP) - Le Premier ministre a reçu la ministre nigérienne du Plan, Mariama Issaka-Doulla. La ministre nigérienne, arrivée la veille au soir à Lomé pour une visite de trois jours, doit repartir samedi.

                Le ministre béninois, arrivé mercredi à Kara, a rencontré le préfet.

                L'accord a été signé par le ministre togolais des Finances, Yao Kpodar, et par le ministre ghanéen du Plan, Kofi Mensah-Boateng, qui séjourne dans la capitale depuis mardi.
                """);
        assertTrue(String.valueOf(day(event(a, "visit", "Gérard Houngbo-Tossou"))).endsWith("03-04"), a.events().toString());
        event(a, "visit", "Mariama Issaka-Doulla");
        event(a, "visit", "Kofi Mensah-Boateng");
    }

    static Facts.Article published(String key, String day, String text) {
        return WireProseTest.extractor.extract(new SourceDoc(key, key + ".txt", text, day, null, null));
    }

    @Test
    void aCapitalisedNameEndingLikeAFutureLeavesTheStoryInThePast() {
        Facts.Article a = published("diaspora", "2025-05-14", """
                Nairobi (KNA) - Le ministre kényan chargé de la Diaspora, Otieno Wambua, s'est entretenu mercredi à Ankara avec son homologue turc, Emre Kaplan, en visite officielle du 13 au 15 mai.
                """);
        assertEquals("2025-05-14", day(event(a, "talks", "Otieno Wambua", "Emre Kaplan")));
    }

    @Test
    void anOpeningArrivalNamesTheTitledSubjectOfTheTalksItsClauseTells() {
        Facts.Article a = published("arrive", "2025-06-19", """
                Kinshasa (ACP) - Le président congolais, Paul Ilunga Mbayo, a reçu jeudi le ministre angolais des Relations extérieures, Carlos Teixeira Lopes, porteur d'un message du président angolais, Rui Matos Almeida.

                Arrivé mercredi dans la capitale congolaise, le chef de la diplomatie angolaise s'était entretenu le même jour avec la ministre des Affaires étrangères, Sophie Mwamba Kasongo.
                """);
        event(a, "talks", "Carlos Teixeira Lopes", "Sophie Mwamba Kasongo");
    }

    @Test
    void aFurtherPartnerAfterAinsiQuAvecIsAnEncounterOfTheirOwn() {
        Facts.Article a = published("several", "2025-08-12", """
                Le Caire (MENA) - Le ministre égyptien des Affaires étrangères, Samir Fathallah, s'est entretenu lundi au téléphone avec le ministre omanais des Affaires étrangères, Salim Al-Harthi, ainsi qu'avec le commissaire général de l'Office, Jonas Lindqvist.
                """);
        event(a, "phone call", "Samir Fathallah", "Salim Al-Harthi");
        event(a, "phone call", "Samir Fathallah", "Jonas Lindqvist");
        assertEquals(2, a.events().stream().filter(e -> e.kind() == EventKind.PHONE_CALL).count(), a.events().toString());
    }

    @Test
    void theOneARelativeClauseIsSetAgainstHoldsTheTalksItTells() {
        Facts.Article a = published("relative", "2026-09-02", """
                Berne (ATS) - Le président péruvien Hugo Salinas Vera a été accueilli mercredi à Berne par la présidente de la Confédération, Anna Kälin-Moser.

                M. Salinas Vera était accompagné de sa ministre des Affaires étrangères, Rosa Quispe Mamani, qui s'est entretenue en parallèle avec le chef du Département fédéral des affaires étrangères, Urs Tanner.
                """);
        event(a, "talks", "Rosa Quispe Mamani", "Urs Tanner");
    }

    @Test
    void anOpeningGreetingByAHostIsAReceptionBesideTheMainClause() {
        Facts.Article a = published("greeted", "2025-08-21", """
                Bamako - Le ministre tunisien de l'Energie, Karim Ben Salah, a entamé mercredi 20 août une visite de travail de deux jours au Mali.

                Accueilli à l'aéroport de Bamako par le ministre malien des Mines, Oumar Traoré, le ministre tunisien a été reçu le jour même par le président de la transition, le général Moussa Keïta.
                """);
        event(a, "reception", "Oumar Traoré", "Karim Ben Salah");
        event(a, "reception", "Moussa Keïta", "Karim Ben Salah");
    }

    @Test
    void aTripOnAMissionIsAVisitAndTheDayItLastsUntilIsNotItsStart() {
        Facts.Article a = published("mission", "2026-10-09", """
                QUÉBEC — La première ministre du Québec, Julie Fortin-Lavoie, a accueilli jeudi à l'hôtel du Parlement le ministre allemand de l'Economie, Martin Kreutzer, en mission économique au Canada jusqu'à samedi.
                """);
        Facts.Event v = event(a, "visit", "Martin Kreutzer");
        assertTrue(v.date() == null || !v.date().lexical().endsWith("-10-10"), a.events().toString());
    }

    @Test
    void aFederalCouncillorVisitsAndThenHoldsTalks() {
        Facts.Article a = published("federal", "2026-10-09", """
                Dakar (Keystone-ATS) - La conseillère fédérale Regula Baumgartner a entamé lundi une visite officielle de trois jours au Sénégal.

                Elle s'est ensuite entretenue avec la ministre sénégalaise du Commerce, Aminata Diouf.
                """);
        event(a, "visit", "Regula Baumgartner");
        event(a, "talks", "Regula Baumgartner", "Aminata Diouf");
    }

    @Test
    void aWorkingDinnerIsAMeetingAndAParticipialAppositionLeavesTheSubject() {
        Facts.Article a = published("dinner", "2026-03-10", """
                Bruxelles (Belga) - Le ministre belge des Affaires étrangères, Pieter Claes, s'est entretenu ce mardi 10 mars avec son homologue burundais Gervais Ndayizeye.

                Gervais Ndayizeye, arrivé la veille au soir, avait partagé un dîner de travail avec la ministre belge de la Coopération, Lotte Janssens.
                """);
        event(a, "meeting", "Gervais Ndayizeye", "Lotte Janssens");
    }

    @Test
    void theTwoHeadsOfDiplomacyAreTheTwoForeignMinisters() {
        Facts.Article a = published("heads", "2025-07-02", """
                Montevideo, 2 juillet 2025 (PL) La ministre uruguayenne des Relations extérieures, Lucía Ferreira Sosa, et le ministre paraguayen des Affaires étrangères, Andrés Benítez Gaona, ont signé ce mercredi un protocole d'accord sur les contrôles frontaliers.

                Selon le communiqué, le texte entrera en vigueur en septembre.

                Avant la cérémonie, les deux chefs de la diplomatie avaient tenu une réunion de travail à Rivera.
                """);
        event(a, "meeting", "Lucía Ferreira Sosa", "Andrés Benítez Gaona");
    }

    @Test
    void aMinistrysWholeNameIsTheVenue() {
        Facts.Article a = published("venue", "2025-06-19", """
                Kigali (RNA) - La ministre rwandaise des Affaires étrangères, Claire Uwimana, s'est entretenue jeudi au siège du ministère des Affaires étrangères et de la Coopération internationale avec son homologue tanzanien, Juma Mwinyi.
                """);
        assertEquals("siège du ministère des Affaires étrangères et de la Coopération internationale",
                event(a, "talks", "Claire Uwimana", "Juma Mwinyi").place().name());
    }

    @Test
    void aVisitorNamedByTitleAndNationalityIsTheOneNamedBefore() {
        Facts.Article a = published("titled", "2025-06-10", """
                Vientiane, 10 juin 2025 (KPL) -- Recevant hier à Vientiane le général Nguyen Duc Thanh, ministre de la Défense du Vietnam, le président du Sénat, Bounmy Phommachanh, a salué l'amitié entre les deux armées.

                Le ministre vietnamien effectue une visite officielle au Laos du 8 au 10 juin à l'invitation de son homologue laotien.
                """);
        event(a, "visit", "Nguyen Duc Thanh");
    }

    @Test
    void talksWithTheNewEnvoysAsAGroupAreTalksWithEach() {
        Facts.Article a = read("envoys", """
                Le président reçoit les lettres de créance de trois ambassadeurs

                Lomé, le 3 juin 2025 -- Le président togolais, Kossi Amegah, a reçu mardi au palais présidentiel les lettres de créance de trois nouveaux ambassadeurs.

                Il s'agit de l'ambassadeur de la République du Pérou, Lucas Quispe Mamani, de l'ambassadrice du Royaume de Norvège, Ingrid Solvang, ainsi que du chef de la délégation de l'Union européenne, Marc Delvaux.

                À l'issue de la cérémonie, le président s'est entretenu successivement avec les nouveaux diplomates sur la coopération bilatérale.
                """);
        event(a, "talks", "Kossi Amegah", "Lucas Quispe Mamani");
        event(a, "talks", "Kossi Amegah", "Ingrid Solvang");
        event(a, "talks", "Kossi Amegah", "Marc Delvaux");
        assertTrue(a.events().stream().noneMatch(e -> e.kind().value().equals("talks") && e.participants().size() == 1), a.events().toString());
    }

    @Test
    void aMissionBegunOrLedAbroadIsAVisit() {
        Facts.Article a = read("mission", """
                Une ministre finlandaise en mission au Pérou

                Helsinki, le 14 mai 2025 -- La ministre finlandaise du Commerce extérieur, Aino Lehtinen, a entamé lundi à Lima une mission de trois jours au Pérou.

                Le directeur de l'Institut finlandais des forêts, Mikko Saarinen, qui conduit une mission de chercheurs en Bolivie depuis dimanche, la rejoindra jeudi.
                """);
        event(a, "visit", "Aino Lehtinen");
        event(a, "visit", "Mikko Saarinen");
    }

    @Test
    void aReflexivePastKeepsItsWeekdayBehindThoughALaterClauseSpeaksAhead() {
        Facts.Article a = read("reflexive", """
                Lisbonne et Luanda veulent coordonner leurs positions

                Publié le 12 septembre 2025

                LISBONNE — Le ministre portugais des Affaires étrangères, Rui Falcão, s'est entretenu jeudi à Lisbonne avec son homologue angolais, Domingos Kiala, avant la conférence sur les océans prévue l'an prochain.
                """);
        assertEquals("2025-09-11", day(event(a, "talks", "Rui Falcão", "Domingos Kiala")));
    }

    @Test
    void aStaySetAgainstTheGuestIsTheGuestsVisit() {
        Facts.Article a = read("stay", """
                Le ministre reçoit une délégation

                Niamey, le 12 février 2026 -- Le ministre nigérien de l'Énergie, Moussa Garba, a reçu jeudi une délégation ghanéenne conduite par le vice-ministre ghanéen de l'Énergie, Kofi Asante, en séjour à Niamey depuis mardi.
                """);
        event(a, "visit", "Kofi Asante");
        assertTrue(a.events().stream().noneMatch(e -> e.kind().value().equals("visit") && e.participants().size() == 1
                && names(a, e).contains("Moussa Garba")), a.events().toString());
    }

    @Test
    void talksWithAVisitorToldWithTheVisitBelongToIt() {
        Facts.Article a = read("framed", """
                Le ministre reçoit son homologue

                Lisbonne, 12 mars 2026 (Lusa) - Le ministre portugais des Affaires étrangères, Rui Falcão, s'est entretenu jeudi à Lisbonne avec son homologue chilien, Pablo Ortega, en visite de travail au Portugal.
                """);
        Facts.Event visit = event(a, "visit", "Pablo Ortega");
        Facts.Event talks = event(a, "talks", "Rui Falcão", "Pablo Ortega");
        assertEquals(a.events().indexOf(visit), talks.partOf());
    }

    @Test
    void theCopyOfCredentialsHandedToAMinisterIsAReception() {
        Facts.Article a = read("copy", """
                Le ministre reçoit le nouvel ambassadeur

                Maputo, 9 avril 2026 (AIM) - Le ministre des Affaires étrangères, Tomás Nhaca, a reçu mercredi le nouvel ambassadeur du Pérou, Julio Rojas Paredes, venu lui remettre la copie figurée de ses lettres de créance.
                """);
        assertEquals("2026-04-08", day(event(a, "reception", "Tomás Nhaca", "Julio Rojas Paredes")));
        assertTrue(a.events().stream().noneMatch(e -> e.kind().value().equals("ceremony")), a.events().toString());
    }

    @Test
    void aDayTheSentenceNamesBeatsTheDatelinesOwn() {
        Facts.Article a = read("dated", """
                Libreville, jeudi 12 novembre 2026 – Le président de la République, Hervé Obiang Mba, a reçu le 11 novembre au palais présidentiel les lettres de créance du nouvel ambassadeur du Chili, Pablo Ortega.
                """);
        assertEquals("2026-11-11", day(event(a, "ceremony", "Hervé Obiang Mba")));
    }

    @Test
    void talksThatATripAheadIsForAreAheadToo() {
        Facts.Article a = read("purpose", """
                Berne, 7 mars 2025 (ATS) - La conseillère fédérale Anna Keller-Frei a reçu vendredi à Berne la ministre chilienne du Commerce, Rosa Ibáñez.

                Samedi, elle se rendra à Genève pour des entretiens avec le directeur général de l'Organisation mondiale du commerce, Pablo Ortega.
                """);
        assertTrue(a.events().stream().filter(e -> e.kind().value().equals("talks")).allMatch(e -> e.standing() == Standing.ANNOUNCED),
                a.events().toString());
    }
}
