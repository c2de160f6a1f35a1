package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction on stories written for these tests: other countries, other officials, other
 * constructions than the sample pages, so the rules are checked for French wire prose in general.
 */
class FrenchProseTest {
    static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = ReferenceTables.load().extractor();
    }

    static final String BORDER = """
            Le Cambodge et la Thaïlande renforcent leur coopération frontalière

            Phnom Penh (VNA) - Le Cambodge et la Thaïlande ont signé le 12 juin à Phnom Penh un mémorandum d'entente sur la sécurité frontalière.

            Le document a été signé par le ministre cambodgien de la Défense, Tea Sokha, et son homologue thaïlandais, Prawit Somsak.

            À cette occasion, Tea Sokha a reçu l'ambassadrice de Thaïlande au Cambodge, Mme Suda Charoen.

            Le Premier ministre cambodgien Hun Rithy s'est entretenu avec le ministre thaïlandais des Affaires étrangères, Anan Chaiyo, en visite officielle au Cambodge du 11 au 13 juin.-VNA
            """;

    static Facts.Article border() {
        return extractor.extract(SourceDoc.of("border", "border.txt", BORDER));
    }

    static Facts.Person person(Facts.Article a, String name) {
        Optional<Facts.Person> p = a.persons().stream().filter(x -> x.name().equals(name)).findFirst();
        assertTrue(p.isPresent(), name + " not among " + a.persons().stream().map(Facts.Person::name).toList());
        return p.get();
    }

    static List<String> names(Facts.Article a, Facts.Event e) {
        return e.participants().stream().map(p -> a.persons().stream().filter(x -> x.key().equals(p.personKey()))
                .findFirst().orElseThrow().name()).sorted().collect(Collectors.toList());
    }

    static Facts.Event event(Facts.Article a, String kind, String... people) {
        List<String> want = java.util.Arrays.stream(people).sorted().toList();
        return a.events().stream().filter(e -> e.kind().value().equals(kind) && names(a, e).containsAll(want)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " with " + want + " among "
                        + a.events().stream().map(e -> e.kind().value() + names(a, e)).toList()));
    }

    @Test
    void countriesAndPairOfABilateralStory() {
        Facts.Article a = border();
        assertEquals(List.of("KH", "TH"), a.countries());
        assertEquals(1, a.pairs().size());
        assertEquals("KH", a.pairs().get(0).a());
        assertEquals("TH", a.pairs().get(0).b());
    }

    @Test
    void signedAgreementWithTypeTopicDatePlaceAndSignatories() {
        Facts.Article a = border();
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        Facts.Agreement g = a.agreements().get(0);
        assertEquals("mémorandum d'entente", g.type());
        assertEquals(Modality.SIGNED, g.modality());
        assertEquals(List.of("KH", "TH"), g.parties());
        assertEquals("--06-12", g.date().lexical());
        assertEquals("Phnom Penh", g.place().name());
        assertEquals(List.of("prawit-somsak", "tea-sokha"), g.signatories().stream().sorted().toList());
        assertTrue(g.topicText().contains("sécurité frontalière"), g.topicText());
    }

    @Test
    void personsWithTheCountryTheyServe() {
        Facts.Article a = border();
        assertEquals("KH", person(a, "Tea Sokha").country());
        assertEquals("ministre de la Défense", person(a, "Tea Sokha").offices().get(0).title());
        assertEquals("TH", person(a, "Prawit Somsak").country());
        assertEquals("TH", person(a, "Suda Charoen").country());
        assertEquals("KH", person(a, "Hun Rithy").country());
        assertEquals("TH", person(a, "Anan Chaiyo").country());
    }

    @Test
    void meetingsTalksAndTheVisitOfTheOneInVisit() {
        Facts.Article a = border();
        event(a, "reception", "Tea Sokha", "Suda Charoen");
        event(a, "talks", "Hun Rithy", "Anan Chaiyo");
        Facts.Event visit = event(a, "visit", "Anan Chaiyo");
        assertEquals(1, visit.participants().size());
        assertEquals("--06-11", visit.date().lexical());
        assertEquals("--06-13", visit.end().lexical());
        assertEquals("Cambodge", visit.place().name());
    }

    @Test
    void evidenceOffsetsPointIntoTheSource() {
        Facts.Article a = border();
        String src = BORDER;
        for (Facts.Agreement g : a.agreements()) assertSpan(src, g.evidence());
        for (Facts.Event e : a.events()) assertSpan(src, e.evidence());
        for (Facts.Person p : a.persons()) assertSpan(src, p.evidence());
    }

    static void assertSpan(String src, Span s) {
        assertNotNull(s);
        int b = src.offsetByCodePoints(0, s.begin());
        int e = src.offsetByCodePoints(0, s.end());
        String cut = src.substring(b, e).replaceAll("(?U)\\s+", "").replace('’', '\'');
        assertEquals(cut, s.text().replaceAll("(?U)\\s+", ""), "evidence does not match its offsets");
    }

    @Test
    void publicationDatePlacesAWeekdayAndAParliamentaryMeeting() {
        String text = """
                Paris (VNA) - Le président du Sénat français, Gérard Lemoine, a reçu mardi à Paris une délégation de parlementaires conduite par M. Somphone Keola, vice-président de l'Assemblée nationale laotienne. Les deux parties ont souhaité renforcer les relations entre la France et le Laos.-VNA
                """;
        Facts.Article a = extractor.extract(new SourceDoc("senat", "senat.json#1", text, "2023-03-09", null, null));
        Facts.Event m = event(a, "reception", "Gérard Lemoine", "Somphone Keola");
        assertEquals("2023-03-07", m.date().lexical());
        assertEquals("Paris", m.place().name());
        assertEquals("FR", person(a, "Gérard Lemoine").country());
        assertEquals("LA", person(a, "Somphone Keola").country());
        assertEquals(List.of("FR", "LA"), a.countries());
        assertTrue(a.orgs().stream().anyMatch(o -> o.kind().equals("parliament") && "LA".equals(o.country())), a.orgs().toString());
    }

    @Test
    void phoneCallAndUnqualifiedOfficialsOfTheAgencysCountry() {
        String text = """
                Hanoi (VNA) - Le ministre des Affaires étrangères Pham Quoc Hung s'est entretenu au téléphone le 2 février avec son homologue indien, Rajesh Verma.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("call", "call.txt", text));
        Facts.Event call = event(a, "phone call", "Pham Quoc Hung", "Rajesh Verma");
        assertEquals("--02-02", call.date().lexical());
        assertEquals("VN", person(a, "Pham Quoc Hung").country());
        assertEquals("IN", person(a, "Rajesh Verma").country());
        assertEquals("IN", a.pairs().get(0).a());
    }

    @Test
    void aMultilateralConferenceMakesNoPair() {
        String text = """
                Genève (VNA) - La vice-ministre des Affaires étrangères Le Thi Ngoc Anh a pris la parole le 14 octobre 2022 à la Conférence internationale sur le travail décent (CITD) organisée à Genève par le ministère suisse de l'Économie. Lors de l'ouverture de la CITD, le ministre brésilien du Travail, Carlos Mendes, a appelé à une action commune.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("conf", "conf.txt", text));
        Facts.Event c = event(a, "conference", "Le Thi Ngoc Anh", "Carlos Mendes");
        assertEquals("2022-10-14", c.date().lexical());
        assertTrue(a.pairs().isEmpty(), a.pairs().toString());
    }

    @Test
    void captionsAndTeasersCreateNoEvents() {
        String text = """
                Un titre sans événement

                Hanoi (VNA) - Le Vietnam a présenté son rapport annuel sur l'environnement.

                Le ministre Vo Minh Tri (gauche) a rencontré le ministre coréen, Kim Daesung. Photo: VNA

                Voir plus

                Le vice-ministre Ho Van Nam a rencontré l'ambassadeur du Japon, Ichiro Tanaka, le 4 mars à Hanoi.
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("captions", "captions.txt", text));
        assertTrue(a.events().isEmpty(), a.events().toString());
        assertTrue(a.persons().stream().noneMatch(p -> p.name().contains("Ichiro")), "a teaser's person");
        assertTrue(a.persons().stream().anyMatch(p -> p.name().equals("Vo Minh Tri") && p.confidence() <= 0.5));
    }

    @Test
    void aPortfolioEndingRightBeforeACaptionsNameStaysOutOfTheName() {
        String text = """
                Le Vietnam et l'Australie renforcent leur coopération économique

                Hanoï (VNA) - Le ministre vietnamien de la Planification et de l'Investissement Tran Van Minh (à gauche) et le ministre australien du Commerce Peter Walsh se sont entretenus le 3 mars à Hanoï.

                La ministre des Ressources naturelles et de l'Environnement Le Thi Hoa (au centre) était présente.
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("portfolio", "portfolio.txt", text));
        List<String> names = a.persons().stream().map(Facts.Person::name).toList();
        assertTrue(names.containsAll(List.of("Tran Van Minh", "Peter Walsh", "Le Thi Hoa")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Investissement") || n.startsWith("Environnement")), names.toString());
        assertEquals("VN", person(a, "Tran Van Minh").country());
    }

    @Test
    void presentTenseAsTitlesAndLeadsWriteIt() {
        String text = """
                Le président indonésien Budi Hartono reçoit le ministre malaisien de la Défense, Ahmad Razali

                Jakarta (VNA) - À l'invitation du président indonésien, le ministre malaisien de la Défense, Ahmad Razali, effectue une visite officielle en Indonésie du 3 au 5 mai 2024.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("present", "present.txt", text));
        Facts.Event m = event(a, "reception", "Budi Hartono", "Ahmad Razali");
        assertEquals(ParticipantRole.HOST, m.participants().stream().filter(p -> p.personKey().equals("budi-hartono")).findFirst()
                .orElseThrow().role());
        Facts.Event v = event(a, "visit", "Ahmad Razali");
        assertEquals("2024-05-03", v.date().lexical());
        assertEquals("2024-05-05", v.end().lexical());
        assertEquals(List.of("ID", "MY"), a.countries());
        assertEquals("ID", a.pairs().get(0).a());
        assertEquals("MY", a.pairs().get(0).b());
    }

    @Test
    void portfolioInitialsNameTheSameMinistry() {
        String text = """
                Hanoi (VNA) - Le ministre vietnamien des AE Tran Van Lam a rencontré le 2 mai à Hanoi le ministre laotien des Affaires étrangères, Somsak Vongsa.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("ae", "ae.txt", text));
        assertTrue(a.orgs().stream().anyMatch(o -> o.key().equals("vn/ministere-des-affaires-etrangeres")), a.orgs().toString());
        assertTrue(a.orgs().stream().anyMatch(o -> o.key().equals("la/ministere-des-affaires-etrangeres")), a.orgs().toString());
    }

    @Test
    void weakerEvidenceScoresLowerThanAnExplicitVerbInTheBody() {
        String signed = "Hanoi (VNA) - Le Vietnam et le Chili ont signé le 4 avril un accord sur le commerce électronique.-VNA";
        String planned = "Hanoi (VNA) - Le Vietnam et le Chili signeront prochainement un accord sur le commerce électronique.-VNA";
        Facts.Agreement done = extractor.extract(SourceDoc.of("s", "s.txt", signed)).agreements().get(0);
        Facts.Agreement toBe = extractor.extract(SourceDoc.of("p", "p.txt", planned)).agreements().get(0);
        assertEquals(Modality.SIGNED, done.modality());
        assertEquals(Modality.TO_BE_SIGNED, toBe.modality());
        assertTrue(toBe.confidence() < done.confidence());
        String body = "Hanoi (VNA) - Le ministre Vo Van Tam a reçu le 3 mai l'ambassadeur du Chili, Diego Soto.-VNA";
        String caption = "Un titre\n\nHanoi (VNA) - Le Vietnam et le Chili ont célébré leur amitié.\n\n"
                + "Le ministre Vo Van Tam (gauche) et l'ambassadeur du Chili, Diego Soto. Photo: VNA\n";
        double inBody = person(extractor.extract(SourceDoc.of("b", "b.txt", body)), "Diego Soto").confidence();
        double inCaption = person(extractor.extract(SourceDoc.of("c", "c.txt", caption)), "Diego Soto").confidence();
        assertTrue(inCaption < inBody, inCaption + " < " + inBody);
    }

    @Test
    void languageNamesServeAsTheAdjectiveOfTheirOneCountry() {
        String text = """
                Vientiane (VNA) - Le ministre lao de la Santé, Bounthanh Keomany, a rencontré le 9 mai le vice-ministre kazakh du Commerce, Nurlan Abenov.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("lang", "lang.txt", text));
        assertEquals("LA", person(a, "Bounthanh Keomany").country());
        assertEquals("KZ", person(a, "Nurlan Abenov").country());
    }

    static final String LOOKING_BACK_AND_AHEAD = """
            Le Chili et le Vietnam renforcent leur partenariat

            Santiago (VNA) - La ministre chilienne des Affaires étrangères, Carla Fuentes, s'est entretenue le 9 avril à Santiago avec le vice-ministre vietnamien des Affaires étrangères, Do Van Hai.

            Carla Fuentes a rappelé la visite d'État du président vietnamien au Pérou et au Chili en novembre 2016, qui avait permis de lancer le partenariat global.

            Les deux responsables s'étaient déjà rencontrés l'an dernier à Lima, en marge d'une conférence régionale.

            Do Van Hai effectuera une visite de travail en Argentine la semaine prochaine.-VNA
            """;

    @Test
    void whatTheStoryRecallsOrAnnouncesIsKeptApartFromWhatHappened() {
        Facts.Article a = extractor.extract(SourceDoc.of("ahead", "ahead.txt", LOOKING_BACK_AND_AHEAD));
        Facts.Event talks = event(a, "talks", "Carla Fuentes", "Do Van Hai");
        assertEquals(Standing.HAPPENED, talks.standing());
        assertEquals("--04-09", talks.date().lexical(), "a year recalled from 2016 is not the story's year");
        List<String> later = a.events().stream().filter(e -> !e.happened()).map(e -> e.standing().value() + " " + e.kind().value()).toList();
        assertTrue(later.contains("background meeting"), "the meeting of last year is background: " + later);
        assertTrue(later.contains("announced visit"), "the visit of next week is announced: " + later);
        assertEquals(1, a.events().stream().filter(Facts.Event::happened).count(), "only the talks happened: " + a.events());
        assertEquals(List.of(new Facts.Pair("CL", "VN", "partenariat global")), a.pairs(),
                "neither Peru, recalled, nor Argentina, ahead, is a pair of this story");
        Facts.Event visit = a.events().stream().filter(e -> e.kind() == EventKind.VISIT && !e.happened()).findFirst().orElseThrow();
        assertTrue(visit.confidence() < talks.confidence(), "an announced visit is less sure than talks that were held");
    }

    @Test
    void elleFindsTheWomanNamedBeforeAndAFrontedPlaceIsTheMeetingsPlace() {
        String text = """
                La diplomatie vietnamienne en Afrique du Nord

                Alger (VNA) - La vice-ministre vietnamienne des Affaires étrangères, Ngo Thi Hoa, a achevé samedi une tournée en Algérie et au Maroc.

                À Rabat, le ministre marocain des Affaires étrangères, Youssef Alami, a reçu le 4 février 2025 Ngo Thi Hoa.

                À Alger, elle a été reçue par le secrétaire général du ministère algérien des Affaires étrangères, Karim Benali.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("tour", "tour.txt", text));
        Facts.Event rabat = event(a, "reception", "Youssef Alami", "Ngo Thi Hoa");
        assertEquals("Rabat", rabat.place().name());
        Facts.Event alger = event(a, "reception", "Karim Benali", "Ngo Thi Hoa");
        assertEquals("Alger", alger.place().name());
        assertTrue(a.events().stream().noneMatch(e -> names(a, e).equals(List.of("Karim Benali", "Youssef Alami"))),
                "\"elle\" is not the man named last: " + a.events());
        assertTrue(a.pairs().stream().noneMatch(p -> p.a().equals("DZ") && p.b().equals("MA")), a.pairs().toString());
    }

    @Test
    void aListOfNewEnvoysGivesOneAmbassadorPerCountry() {
        String text = """
                Hanoï (VNA) - La présidente Pham Thu Ha a reçu le 2 mai les lettres de créance des nouveaux ambassadeurs du Ghana, Kwame Mensah, de Norvège, Ingrid Dahl, et de l'Uruguay, Diego Pereira.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("envoys", "envoys.txt", text));
        assertEquals("GH", person(a, "Kwame Mensah").country());
        assertEquals("NO", person(a, "Ingrid Dahl").country());
        assertEquals("UY", person(a, "Diego Pereira").country());
        assertEquals("ambassadeur", person(a, "Ingrid Dahl").offices().get(0).title());
        Facts.Event reception = event(a, "ceremony", "Pham Thu Ha", "Kwame Mensah", "Ingrid Dahl", "Diego Pereira");
        assertNotNull(reception);
        assertEquals(3, a.pairs().size(), "one pair per envoy's country: " + a.pairs());
    }

    @Test
    void theyWhoMetSignWhenTheSentenceSaysIls() {
        String text = """
                Oslo (VNA) - Le 4 juin, le président du Storting, Erik Berg, et le président de l'Assemblée nationale du Vietnam, Tran Hoai Nam, ont eu des entretiens à Oslo, à l'issue desquels ils ont signé un accord de coopération entre les deux Parlements.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("oslo", "oslo.txt", text));
        Facts.Agreement deal = a.agreements().get(0);
        assertEquals(java.util.Set.of(person(a, "Erik Berg").key(), person(a, "Tran Hoai Nam").key()),
                java.util.Set.copyOf(deal.signatories()));
    }

    @Test
    void aStoryBetweenTwoOtherCountriesLeavesTheHostsOfficialsUnqualified() {
        String text = """
                Tokyo (VNA) - Le président indonésien Bayu Santoso a entamé le 2 juillet une visite d'État au Japon, à l'invitation du Premier ministre japonais Kenji Watanabe.

                Le même jour, Bayu Santoso a rencontré le président de la Chambre des conseillers, Hideo Tanaka.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("tokyo", "tokyo.txt", text));
        assertEquals("JP", person(a, "Hideo Tanaka").country(), "the agency's own country is not in this story");
        assertEquals(List.of(new Facts.Pair("ID", "JP", null)), a.pairs());
    }

    @Test
    void aMeetingWithinAVisitTakesItsSpanAndSaysSo() {
        String text = """
                Rome (VNA) - Durant sa visite officielle en Italie du 3 au 5 mars, le vice-président vietnamien Dinh Van Tai a rencontré le président du Sénat italien, Marco Bellini.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("rome", "rome.txt", text));
        Facts.Event visit = event(a, "visit", "Dinh Van Tai");
        Facts.Event meeting = event(a, "meeting", "Dinh Van Tai", "Marco Bellini");
        assertEquals(a.events().indexOf(visit), meeting.partOf());
        assertEquals("--03-03", meeting.date().lexical());
        assertEquals("--03-05", meeting.end().lexical());
        assertEquals("within the span of the visit it belongs to", meeting.date().inference());
    }

    @Test
    void onTheSidelinesOfAMinisterialMeetingAndAfterTheCeremonyIsTheSameDay() {
        String text = """
                Manille (VNA) - Le ministre thaïlandais des Affaires étrangères, Somsak Chai, a participé le 9 août à Manille à la réunion des ministres des Affaires étrangères de l'ASEAN.

                En marge de la réunion, Somsak Chai a rencontré le ministre singapourien des Affaires étrangères, Lim Boon Keng, et la ministre brunéienne des Affaires étrangères, Siti Rahmah.

                Après la cérémonie de clôture, Somsak Chai s'est entretenu avec le ministre philippin des Affaires étrangères, Jose Aquino.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("manille", "manille.txt", text));
        assertEquals("--08-09", event(a, "conference", "Somsak Chai").date().lexical());
        assertEquals("--08-09", event(a, "meeting", "Somsak Chai", "Lim Boon Keng").date().lexical());
        assertEquals("--08-09", event(a, "meeting", "Somsak Chai", "Siti Rahmah").date().lexical());
        assertEquals("--08-09", event(a, "talks", "Somsak Chai", "Jose Aquino").date().lexical());
    }

    @Test
    void aFactToldInTheLeadAndAgainInTheBodyIsOneFactWithBothSpans() {
        String text = """
                Le Kenya et le Vietnam signent un mémorandum d'entente sur l'agriculture

                Nairobi (VNA) - Le ministre kényan de l'Agriculture, Peter Otieno, a reçu le 6 mai à Nairobi le vice-ministre vietnamien de l'Agriculture, Lam Van Hung.

                Peter Otieno a reçu Lam Van Hung au siège du ministère, où les deux parties ont signé un mémorandum d'entente sur l'agriculture.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("nairobi", "nairobi.txt", text));
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        Facts.Agreement deal = a.agreements().get(0);
        assertEquals(1, deal.restated().size(), "title and body tell one memorandum: " + deal);
        assertTrue(deal.restated().get(0).begin() != deal.evidence().begin());
        Facts.Event meeting = event(a, "reception", "Peter Otieno", "Lam Van Hung");
        assertEquals(1, a.events().stream().filter(e -> e.kind() == EventKind.RECEPTION).count(), a.events().toString());
        assertEquals(1, meeting.restated().size(), "lead and body tell one meeting: " + meeting);
    }

    @Test
    void aVisitToLaosIsInLaosAndACeremonyTheSameDayIsOnThatDay() {
        String text = """
                Vientiane (VNA) - La ministre vietnamienne de la Santé, Tran Thi Nga, effectue une visite de travail au Laos du 4 au 6 mars.

                Le 5 mars, elle a été reçue par le vice-Premier ministre laotien Sonexay Phomvihane.

                Le même jour, Tran Thi Nga a présidé avec son homologue laotien, Bounmy Keola, la cérémonie d'inauguration d'un hôpital.-VNA
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("vientiane", "vientiane.txt", text));
        assertEquals("Laos", event(a, "visit", "Tran Thi Nga").place().name());
        assertEquals("--03-05", event(a, "ceremony", "Tran Thi Nga").date().lexical());
        assertEquals("ministre de la Santé", person(a, "Bounmy Keola").offices().get(0).title(),
                "a counterpart holds the office of the one named before, in this sentence or earlier");
    }

    @Test
    void aHeadlinesSigningIsTheBodysAndTheProgrammeItServesIsNoInstrument() {
        String text = """
                Eau potable : le Bénin et l'Agence française de développement signent une convention de financement

                Cotonou, 3 mars (ABP) – La ministre béninoise des Finances, Afiavi Dossou, et le directeur de l'Agence française de développement (AFD) à Cotonou, Julien Marceau, ont signé, ce mardi, une convention de financement de 30 millions d'euros destinée au programme d'accès à l'eau potable dans le nord du pays.
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("water", "water.txt", text));
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        assertEquals("convention de financement", a.agreements().get(0).type());
    }

    @Test
    void theFirstCountryToHaveSignedRecallsASigningOfThePast() {
        String text = """
                Hanoï, 2 mars (VNA) – La vice-ministre des Affaires étrangères Tran Thi Lan a reçu le nouvel ambassadeur du Pérou, Diego Salcedo.

                Elle a souligné que le Pérou était le premier pays de la région à avoir signé un accord de libre-échange avec le Vietnam.
                """;
        Facts.Article a = extractor.extract(SourceDoc.of("first", "first.txt", text));
        assertEquals(0, a.agreements().size(), a.agreements().toString());
    }
}
