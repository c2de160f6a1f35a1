package org.diplograph.corpus;

import java.util.List;

/**
 * The generator's own small tables: countries with their French forms and cities, name
 * syllables, offices, topics, agreement types. They are written for the generator and share
 * nothing with the extractor's tables, so that a story written from them tests the extractor
 * rather than echoing it.
 */
final class Tables {
    private Tables() {}

    /**
     * A country as French text needs it.
     *
     * @param code ISO 3166-1 alpha-2
     * @param name bare name ({@code Japon})
     * @param form {@code m} masculine (le/au/du), {@code f} feminine (la/en/de la), {@code v} starting
     *     with a vowel (l'/en/de l'), {@code p} plural (les/aux/des), {@code n} no article (à/de)
     * @param adjective masculine adjective, {@code adjectiveF} feminine
     * @param cities the capital first
     */
    record Country(String code, String name, char form, String adjective, String adjectiveF, List<String> cities) {
        /** {@code le Japon}, {@code la France}, {@code l'Italie}, {@code Singapour}. */
        String the() {
            return prefixes()[0] + name;
        }

        /** {@code au Japon}, {@code en France}, {@code à Singapour}. */
        String in() {
            return prefixes()[1] + name;
        }

        /** {@code du Japon}, {@code de la France}, {@code de l'Italie}. */
        String of() {
            return prefixes()[2] + name;
        }

        /** {@code d'Italie}, {@code du Japon}, {@code de France}: the form after ambassadeur. */
        String ofShort() {
            return prefixes()[3] + name;
        }

        private String[] prefixes() {
            return switch (form) {
                case 'm' -> new String[] {"le ", "au ", "du ", "du "};
                case 'f' -> new String[] {"la ", "en ", "de la ", "de "};
                case 'v' -> new String[] {"l'", "en ", "de l'", "d'"};
                case 'p' -> new String[] {"les ", "aux ", "des ", "des "};
                default -> new String[] {"", "à ", "de ", "de "};
            };
        }

        String capital() {
            return cities.get(0);
        }

        String adjective(boolean female) {
            return female ? adjectiveF : adjective;
        }
    }

    static Country c(String code, String name, char form, String adj, String adjF, String... cities) {
        return new Country(code, name, form, adj, adjF, List.of(cities));
    }

    /** The home country of most stories, as in a national agency's foreign news. */
    static final Country HOME = c("VN", "Vietnam", 'm', "vietnamien", "vietnamienne", "Hanoi", "Hô Chi Minh-Ville", "Da Nang", "Hai Phong", "Can Tho", "Hue");

    static final List<Country> COUNTRIES = List.of(
            HOME,
            c("JP", "Japon", 'm', "japonais", "japonaise", "Tokyo", "Osaka", "Yokohama"),
            c("FR", "France", 'f', "français", "française", "Paris", "Lyon", "Marseille"),
            c("LA", "Laos", 'm', "lao", "lao", "Vientiane", "Luang Prabang"),
            c("KH", "Cambodge", 'm', "cambodgien", "cambodgienne", "Phnom Penh", "Siem Reap"),
            c("TH", "Thaïlande", 'f', "thaïlandais", "thaïlandaise", "Bangkok", "Chiang Mai"),
            c("CN", "Chine", 'f', "chinois", "chinoise", "Pékin", "Shanghai", "Canton"),
            c("KR", "Corée du Sud", 'f', "sud-coréen", "sud-coréenne", "Séoul", "Busan"),
            c("IN", "Inde", 'v', "indien", "indienne", "New Delhi", "Bombay"),
            c("ID", "Indonésie", 'v', "indonésien", "indonésienne", "Jakarta", "Bali"),
            c("MY", "Malaisie", 'f', "malaisien", "malaisienne", "Kuala Lumpur"),
            c("SG", "Singapour", 'n', "singapourien", "singapourienne", "Singapour"),
            c("PH", "Philippines", 'p', "philippin", "philippine", "Manille"),
            c("AU", "Australie", 'v', "australien", "australienne", "Canberra", "Sydney", "Melbourne"),
            c("NZ", "Nouvelle-Zélande", 'f', "néo-zélandais", "néo-zélandaise", "Wellington", "Auckland"),
            c("US", "États-Unis", 'p', "américain", "américaine", "Washington", "New York"),
            c("CA", "Canada", 'm', "canadien", "canadienne", "Ottawa", "Montréal"),
            c("MX", "Mexique", 'm', "mexicain", "mexicaine", "Mexico"),
            c("BR", "Brésil", 'm', "brésilien", "brésilienne", "Brasilia", "Sao Paulo"),
            c("AR", "Argentine", 'v', "argentin", "argentine", "Buenos Aires"),
            c("CL", "Chili", 'm', "chilien", "chilienne", "Santiago"),
            c("PE", "Pérou", 'm', "péruvien", "péruvienne", "Lima"),
            c("CU", "Cuba", 'n', "cubain", "cubaine", "La Havane"),
            c("DE", "Allemagne", 'v', "allemand", "allemande", "Berlin", "Hambourg", "Francfort"),
            c("IT", "Italie", 'v', "italien", "italienne", "Rome", "Milan"),
            c("ES", "Espagne", 'v', "espagnol", "espagnole", "Madrid", "Barcelone"),
            c("PT", "Portugal", 'm', "portugais", "portugaise", "Lisbonne"),
            c("GB", "Royaume-Uni", 'm', "britannique", "britannique", "Londres"),
            c("NL", "Pays-Bas", 'p', "néerlandais", "néerlandaise", "Amsterdam", "Rotterdam"),
            c("BE", "Belgique", 'f', "belge", "belge", "Bruxelles", "Anvers"),
            c("CH", "Suisse", 'f', "suisse", "suisse", "Berne", "Genève"),
            c("AT", "Autriche", 'v', "autrichien", "autrichienne", "Vienne"),
            c("PL", "Pologne", 'f', "polonais", "polonaise", "Varsovie", "Cracovie"),
            c("CZ", "Tchéquie", 'f', "tchèque", "tchèque", "Prague"),
            c("HU", "Hongrie", 'f', "hongrois", "hongroise", "Budapest"),
            c("RU", "Russie", 'f', "russe", "russe", "Moscou", "Saint-Pétersbourg"),
            c("BY", "Biélorussie", 'f', "biélorusse", "biélorusse", "Minsk"),
            c("TR", "Turquie", 'f', "turc", "turque", "Ankara", "Istanbul"),
            c("MA", "Maroc", 'm', "marocain", "marocaine", "Rabat", "Casablanca"),
            c("DZ", "Algérie", 'v', "algérien", "algérienne", "Alger", "Oran"),
            c("ZA", "Afrique du Sud", 'v', "sud-africain", "sud-africaine", "Pretoria", "Johannesburg"),
            c("NG", "Nigeria", 'm', "nigérian", "nigériane", "Abuja", "Lagos"),
            c("KE", "Kenya", 'm', "kényan", "kényane", "Nairobi"),
            c("QA", "Qatar", 'm', "qatari", "qatarie", "Doha"),
            c("MN", "Mongolie", 'f', "mongol", "mongole", "Oulan-Bator"),
            c("KZ", "Kazakhstan", 'm', "kazakh", "kazakhe", "Astana", "Almaty"),
            c("SE", "Suède", 'f', "suédois", "suédoise", "Stockholm"),
            c("NO", "Norvège", 'f', "norvégien", "norvégienne", "Oslo"),
            c("FI", "Finlande", 'f', "finlandais", "finlandaise", "Helsinki"),
            c("DK", "Danemark", 'm', "danois", "danoise", "Copenhague"),
            c("MM", "Myanmar", 'm', "birman", "birmane", "Naypyidaw", "Yangon"),
            c("BD", "Bangladesh", 'm', "bangladais", "bangladaise", "Dacca"),
            c("PK", "Pakistan", 'm', "pakistanais", "pakistanaise", "Islamabad"),
            c("CO", "Colombie", 'f', "colombien", "colombienne", "Bogota"),
            c("VE", "Venezuela", 'm', "vénézuélien", "vénézuélienne", "Caracas"));

    /** Family names, middle names and given names of the home country, combined at random. */
    static final List<String> HOME_FAMILY = List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Do", "Ngo",
            "Duong", "Ly", "Phan", "Trinh", "Dinh", "Lam", "Quach", "Ta");
    static final List<String> HOME_MIDDLE = List.of("Van", "Thi", "Duc", "Quoc", "Hong", "Xuan", "Ngoc", "Dinh", "Kim", "Bao",
            "Gia", "Huu", "Cong", "Thu");
    static final List<String> HOME_GIVEN = List.of("Hai", "Long", "Tuan", "Binh", "Phuc", "Cuong", "Khoa", "Nam", "Hanh", "Lan",
            "Thao", "Vinh", "Quang", "Hieu", "Toan", "Khanh", "Loc", "Nhan", "Tam", "Yen", "Giang", "Hung");

    /** Syllables of invented foreign names: open syllables so that every combination can be read. */
    static final List<String> ONSETS = List.of("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
            "dr", "kr", "st", "tr", "h", "j");
    static final List<String> VOWELS = List.of("a", "e", "i", "o", "u", "a", "e", "o", "ia", "ei", "ou");
    static final List<String> CODAS = List.of("", "", "", "n", "r", "l", "s", "m", "k", "nd", "rt");

    /**
     * An office: the title as written for a man and a woman, whether it takes the country's
     * adjective after its first word (le ministre <em>japonais</em> des Affaires étrangères), and
     * the organisation it names, with that organisation's kind ({@code null} where none).
     */
    record Office(String male, String female, boolean adjective, String org, String orgKind, int rank) {}

    static Office minister(String domain) {
        return new Office("ministre " + domain, "ministre " + domain, true, "Ministère " + domain, "ministry", 2);
    }

    static final List<Office> OFFICES = List.of(
            new Office("Premier ministre", "Première ministre", true, null, null, 3),
            new Office("président", "présidente", true, null, null, 3),
            new Office("vice-Premier ministre", "vice-Première ministre", true, null, null, 3),
            new Office("président de l'Assemblée nationale", "présidente de l'Assemblée nationale", false,
                    "Assemblée nationale", "parliament", 3),
            new Office("vice-président de l'Assemblée nationale", "vice-présidente de l'Assemblée nationale", false,
                    "Assemblée nationale", "parliament", 2),
            minister("des Affaires étrangères"), minister("du Commerce"), minister("de la Défense"),
            minister("de la Santé"), minister("de l'Éducation"), minister("de l'Agriculture"), minister("des Finances"),
            minister("des Transports"), minister("de l'Industrie"), minister("de la Justice"), minister("de la Culture"),
            minister("de l'Environnement"), minister("du Travail"), minister("de la Sécurité publique"),
            minister("de la Planification et de l'Investissement"), minister("des Sciences et des Technologies"),
            new Office("vice-ministre des Affaires étrangères", "vice-ministre des Affaires étrangères", true,
                    "Ministère des Affaires étrangères", "ministry", 1),
            new Office("vice-ministre du Commerce", "vice-ministre du Commerce", true, "Ministère du Commerce", "ministry", 1),
            new Office("vice-ministre de la Défense", "vice-ministre de la Défense", true, "Ministère de la Défense", "ministry", 1));

    static final List<String> TOPICS = List.of("commerce", "investissement", "éducation", "santé", "énergie", "agriculture",
            "transport", "tourisme", "défense", "culture", "transformation numérique", "changement climatique", "travail",
            "pêche", "justice", "environnement", "formation professionnelle", "science et technologie", "aviation civile",
            "gestion des catastrophes", "sécurité alimentaire", "logistique", "douanes", "finance");

    static final List<String> AGREEMENT_TYPES = List.of("protocole d'accord", "mémorandum d'entente", "accord",
            "accord-cadre", "mémorandum", "lettre d'intention", "programme d'action");

    static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre");
    static final List<String> WEEKDAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /** Multilateral meetings: gender of the noun ({@code f} or {@code m}) and name. */
    static final List<String> CONFERENCES = List.of("f|Conférence internationale", "m|Forum régional",
            "m|Sommet des dirigeants", "m|Dialogue de haut niveau", "f|Réunion ministérielle");

    static final List<String> PROJECTS = List.of("d'un centre de formation professionnelle", "d'un hôpital régional",
            "d'une école primaire", "d'un pont sur le fleuve", "d'une station de traitement des eaux",
            "d'un laboratoire de recherche agricole", "d'une bibliothèque universitaire", "d'un parc solaire");

    static final List<String> PARTNERSHIPS = List.of("partenariat stratégique global", "partenariat stratégique",
            "partenariat global", "amitié traditionnelle", "coopération multiforme", "partenariat stratégique approfondi");
}
