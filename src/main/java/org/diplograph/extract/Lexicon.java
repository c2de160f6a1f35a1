package org.diplograph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French words the recognisers rely on, folded (lower case, no diacritics). These are general
 * French and institutional vocabulary, not names from any article.
 */
final class Lexicon {
    private Lexicon() {}

    /** Heads of titles that people hold, multi-word ones written with spaces. Longest first when matched. */
    static final List<String> TITLE_HEADS = List.of(
            "vice-premier ministre", "premier ministre", "premiere ministre", "vice-ministre", "ministre d'etat",
            "secretaire d'etat", "sous-secretaire d'etat", "ministre", "vice-presidente", "vice-president",
            "presidente", "president", "secretaire generale", "secretaire general", "secretaire executif",
            "secretaire executive", "secretaire permanent", "secretaire", "directrice generale", "directeur general",
            "directrice", "directeur", "vice-directeur", "chef de la diplomatie", "chef d'etat-major",
            "chef de mission", "chef de cabinet", "chef", "cheffe", "vice-chef", "ambassadrice", "ambassadeur",
            "consul general", "consule generale", "consul", "charge d'affaires", "gouverneur", "gouverneure",
            "vice-gouverneur", "maire", "deputee", "depute", "senatrice", "senateur", "membre permanent", "membre",
            "porte-parole", "conseillere", "conseiller", "commissaire", "haut representant", "haute representante",
            "representante residente", "representant resident", "representante", "representant", "deleguee",
            "delegue", "envoyee speciale", "envoye special", "roi", "reine", "prince", "princesse", "sultan", "emir",
            "chanceliere", "chancelier", "general", "generale", "lieutenant-general", "general de corps d'armee",
            "colonel", "amiral", "vice-amiral", "commandant", "recteur", "rectrice", "administrateur",
            "administratrice", "coordonnateur", "coordinatrice", "adjoint", "adjointe", "titulaire", "patron",
            "pdg", "president-directeur general", "dirigeant", "dirigeante", "homologue", "vice-presidente executive",
            "chef du gouvernement", "chef de l'etat", "vice-recteur", "procureur", "procureure", "juge", "marechal",
            "presidente du senat", "grand-duc", "gouverneur general", "vice-marechal");

    /** Heads that alone do not make an office worth reporting (they need a complement). */
    static final Set<String> WEAK_TITLE_HEADS = set("membre", "chef", "cheffe", "adjoint", "adjointe", "titulaire",
            "dirigeant", "dirigeante", "homologue", "patron", "general", "generale", "delegue", "deleguee");

    /** Heads of organisation names, with the kind they usually give. */
    static final Map<String, String> ORG_HEADS = Map.ofEntries(
            Map.entry("ministere", "ministry"), Map.entry("bureau", "ministry"), Map.entry("cabinet", "ministry"),
            Map.entry("departement", "ministry"), Map.entry("secretariat", "other"), Map.entry("direction", "agency"),
            Map.entry("agence", "agency"), Map.entry("office", "agency"), Map.entry("administration", "agency"),
            Map.entry("autorite", "agency"), Map.entry("inspection", "agency"), Map.entry("service", "agency"),
            Map.entry("parti", "party"), Map.entry("assemblee", "parliament"), Map.entry("chambre", "parliament"),
            Map.entry("senat", "parliament"), Map.entry("parlement", "parliament"), Map.entry("congres", "parliament"),
            Map.entry("diete", "parliament"), Map.entry("gouvernement", "government"),
            Map.entry("ambassade", "embassy"), Map.entry("consulat", "embassy"), Map.entry("armee", "military"),
            Map.entry("commandement", "military"), Map.entry("forces", "military"), Map.entry("marine", "military"),
            Map.entry("garde", "military"), Map.entry("garde-cotes", "military"), Map.entry("etat-major", "military"), Map.entry("groupe", "company"),
            Map.entry("societe", "company"), Map.entry("compagnie", "company"), Map.entry("corporation", "company"),
            Map.entry("entreprise", "company"), Map.entry("banque", "company"), Map.entry("holding", "company"),
            Map.entry("association", "association"), Map.entry("union", "association"),
            Map.entry("federation", "association"), Map.entry("confederation", "association"),
            Map.entry("front", "association"), Map.entry("ligue", "association"), Map.entry("fondation", "association"),
            Map.entry("alliance", "association"), Map.entry("chambre de commerce", "association"),
            Map.entry("universite", "university"), Map.entry("academie", "university"), Map.entry("institut", "university"),
            Map.entry("ecole", "university"), Map.entry("centre", "other"), Map.entry("comite", "other"),
            Map.entry("commission", "other"), Map.entry("conseil", "other"), Map.entry("programme", "international"),
            Map.entry("organisation", "international"), Map.entry("fonds", "international"),
            Map.entry("communaute", "international"), Map.entry("tribunal", "other"), Map.entry("cour", "other"),
            Map.entry("police", "military"), Map.entry("prefecture", "local"));

    /** Words that, inside an organisation's name, decide its kind whatever the head. */
    static final Map<String, String> KIND_MARKERS = Map.ofEntries(
            Map.entry("parlementaire", "parliament"), Map.entry("parlementaires", "parliament"),
            Map.entry("deputes", "parliament"), Map.entry("senateurs", "parliament"),
            Map.entry("populaire provincial", "local"), Map.entry("province", "local"), Map.entry("provincial", "local"),
            Map.entry("municipal", "local"), Map.entry("municipalite", "local"), Map.entry("ville", "local"),
            Map.entry("nations unies", "international"), Map.entry("mondial", "international"),
            Map.entry("mondiale", "international"), Map.entry("internationale pour", "international"));

    /** Capitalised words that never start or belong to a person's name. */
    static final Set<String> NOT_NAME = set(
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "en", "et", "ou", "a", "à",
            "il", "elle", "ils", "elles", "on", "nous", "vous", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
            "leurs", "lors", "durant", "pendant", "pour", "par", "selon", "avec", "dans", "sur", "sous", "apres",
            "avant", "depuis", "malgre", "outre", "parmi", "vers", "chez", "entre", "contre", "sans", "plus", "moins",
            "tres", "aussi", "ainsi", "egalement", "notamment", "mais", "donc", "or", "ni", "car", "quand", "si",
            "comme", "afin", "alors", "encore", "deja", "photo", "photos", "source", "voir", "lire", "evoquant",
            "notant", "soulignant", "affirmant", "rappelant", "saluant", "s'adressant", "prenant", "concernant",
            "selon", "quant", "tout", "tous", "toutes", "toute", "chaque", "aucun", "aucune", "certains", "plusieurs",
            "monsieur", "madame", "m.", "mme", "mlle", "dr", "pr", "s.e.", "excellence", "son excellence", "mer",
            "orientale", "oriental", "etat", "etats", "nord", "sud", "est", "ouest", "centre", "asie", "europe",
            "afrique", "amerique", "oceanie", "pacifique", "atlantique", "internet", "covid-19", "covid", "vna",
            "avi", "afp", "reuters", "xinhua", "kyodo", "tass", "ria", "yonhap", "bernama", "antara", "kpl",
            "akp", "pna", "ona", "prensa", "tet", "noel", "paques", "ramadan", "dieu", "loi", "resolution",
            "declaration", "convention", "traite", "accord", "protocole", "memorandum", "plan", "programme",
            "projet", "strategie", "vision", "pacte", "charte", "initiative", "sommet", "forum", "conference",
            "dialogue", "consultation", "reunion", "seminaire", "colloque", "exposition", "festival", "foire",
            "congres", "session", "ceremonie", "semaine", "journee", "annee", "fete", "nouvel", "an", "jour",
            "premier", "premiere", "deuxieme", "troisieme", "vice", "president", "presidente", "ministre",
            "secretaire", "general", "generale", "directeur", "directrice", "ambassadeur", "ambassadrice",
            "gouverneur", "chef", "cheffe", "roi", "reine", "prince", "princesse", "excellence", "honorable",
            "mission", "delegation", "partie", "parties", "pays", "gouvernement", "cabinet", "parti", "etat-major",
            "republique", "royaume", "empire", "federation", "emirats", "union", "communaute", "ile", "iles",
            "mont", "fleuve", "lac", "golfe", "baie", "detroit", "canal", "cap", "port", "aeroport", "pont",
            "rue", "avenue", "place", "parc", "palais", "maison", "temple", "pagode", "musee", "hotel", "stade",
            "universite", "ecole", "hopital", "zone", "region", "province", "district", "commune", "ville",
            "arrondissement", "quartier", "village", "hameau", "capitale", "capital", "ambassade", "consulat");

    static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");

    static final List<String> WEEKDAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche");

    /** News agencies that write datelines as "City (CODE) -", with the country whose officials they leave unqualified. */
    static final Map<String, String> AGENCY_COUNTRY = Map.ofEntries(
            Map.entry("VNA", "VN"), Map.entry("AVI", "VN"), Map.entry("KPL", "LA"), Map.entry("AKP", "KH"),
            Map.entry("ANTARA", "ID"), Map.entry("BERNAMA", "MY"), Map.entry("PNA", "PH"), Map.entry("XINHUA", "CN"),
            Map.entry("KYODO", "JP"), Map.entry("YONHAP", "KR"), Map.entry("KCNA", "KP"), Map.entry("TASS", "RU"),
            Map.entry("BELTA", "BY"), Map.entry("APS", "DZ"), Map.entry("MAP", "MA"), Map.entry("TAP", "TN"),
            Map.entry("APA", "SN"), Map.entry("PL", "CU"), Map.entry("AFP", "FR"), Map.entry("ANSA", "IT"),
            Map.entry("EFE", "ES"), Map.entry("DPA", "DE"), Map.entry("AA", "TR"), Map.entry("IRNA", "IR"),
            Map.entry("WAM", "AE"), Map.entry("SPA", "SA"), Map.entry("QNA", "QA"), Map.entry("KUNA", "KW"),
            Map.entry("PTI", "IN"), Map.entry("APP", "PK"), Map.entry("BSS", "BD"), Map.entry("TNA", "TH"),
            Map.entry("MNA", "MM"));

    /** A set from words that may repeat across the groups they are written in. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
