package org.diplograph.corpus;

import static org.diplograph.corpus.Cast.capitalised;
import static org.diplograph.corpus.Cast.pick;

import java.util.List;
import java.util.SplittableRandom;
import org.diplograph.corpus.Cast.Official;
import org.diplograph.corpus.StoryMaker.Draft;

/**
 * The paragraphs of comment that make up most of a wire story: who stressed, proposed or
 * welcomed what. They name only persons and countries the story has already introduced and state
 * no event, agreement, office or date, so the answer stays what the event sentences put in.
 *
 * <p>Each sentence is put together from slots (who, what they said, what should be done, to what,
 * how or when), each drawn from many fillers, with figures drawn at random: two stories share
 * words and turns of phrase as wire stories do, but not whole paragraphs, so the only stories that
 * read alike are the ones written as copies.
 */
final class Comment {
    private Comment() {}

    private static final List<String> SAID = List.of("a souligné", "a affirmé", "a estimé", "a rappelé", "a indiqué",
            "a fait savoir", "a déclaré", "a noté", "a assuré", "a réaffirmé", "a observé", "a jugé", "a expliqué",
            "a relevé", "a précisé", "a fait remarquer", "a ajouté", "a insisté sur le fait");
    /** Subjects that take a verb in the singular and no agreement of gender. */
    private static final List<String> WHO = List.of("son pays", "son gouvernement", "le gouvernement de %3$s",
            "chacun des deux pays", "le monde des affaires de %3$s", "son peuple", "son administration");
    private static final List<String> INTENT = List.of("souhaitait", "entendait", "avait l'intention de", "comptait",
            "cherchait à", "s'engageait à", "espérait", "s'attachait à", "voulait", "tenait à",
            "s'efforçait de", "prévoyait de", "n'avait cessé de chercher à", "s'employait à", "jugeait utile de",
            "continuerait de", "se proposait de", "envisageait de");
    private static final List<String> ACTION = List.of("renforcer", "approfondir", "élargir", "développer",
            "consolider", "diversifier", "intensifier", "promouvoir", "dynamiser", "relancer", "soutenir", "moderniser",
            "accélérer", "encourager", "faciliter", "stimuler", "structurer", "pérenniser", "mieux coordonner",
            "donner un nouvel élan à");
    private static final List<String> WHAT = List.of("la coopération en matière de %5$s", "les échanges dans le domaine de %5$s",
            "les projets communs en matière de %5$s", "les investissements dans les secteurs de %5$s et de %6$s",
            "le partenariat en matière de %6$s", "les liens d'amitié traditionnels", "la confiance politique",
            "les échanges de délégations à tous les niveaux", "les programmes de formation destinés aux cadres",
            "les liaisons aériennes directes", "les échanges entre les jeunes", "les contacts entre les collectivités locales",
            "la coordination au sein des forums multilatéraux", "les flux touristiques dans les deux sens",
            "les chaînes d'approvisionnement régionales", "la recherche conjointe en matière de %7$s",
            "l'accès des produits agricoles au marché de l'autre", "les échanges d'experts en matière de %7$s",
            "l'assistance technique en matière de %6$s", "les bourses d'études", "les échanges culturels et sportifs",
            "l'enseignement des langues", "les corridors de transport et les réseaux logistiques",
            "la lutte contre la criminalité transnationale", "la coopération entre les universités et les instituts de recherche",
            "la protection des ressortissants vivant dans l'autre pays", "le dialogue sur les questions de %5$s",
            "les mécanismes de concertation existants");
    private static final List<String> HOW = List.of(" dans les années à venir", " au cours de la prochaine période",
            " au bénéfice des deux peuples", " dans un esprit de confiance mutuelle", " sur la base du bénéfice mutuel",
            ", conformément aux engagements pris", " pour répondre aux attentes des entreprises",
            ", en particulier dans les provinces frontalières", ", notamment par des mesures concrètes",
            " dans le respect du droit international", ", à la hauteur du potentiel des deux pays", "",
            " de manière substantielle", ", au service de la paix et de la prospérité de la région",
            " à un rythme plus soutenu", " en s'appuyant sur les acquis des dernières années",
            ", dans l'intérêt des deux économies", " de façon plus efficace", ", afin de consolider les bases des relations",
            " en associant davantage le secteur privé");
    private static final List<String> PARTIES = List.of("les deux parties", "les deux délégations", "les deux responsables",
            "les deux côtés", "les deux pays", "les participants", "les deux dirigeants", "les deux interlocuteurs");
    private static final List<String> AGREED = List.of("ont convenu de", "ont décidé de", "ont promis de",
            "ont souligné la nécessité de", "ont exprimé leur volonté de", "ont réaffirmé leur détermination à",
            "ont insisté sur l'importance de", "ont jugé nécessaire de", "ont envisagé de", "ont pris l'engagement de",
            "ont affiché leur volonté de", "ont proposé de", "ont reconnu l'intérêt de", "ont manifesté le souhait de");
    private static final List<String> DISCUSSED = List.of("ont échangé leurs points de vue sur", "ont discuté de",
            "ont passé en revue", "ont évoqué", "ont abordé", "ont fait le point sur", "ont examiné",
            "ont débattu de", "ont longuement examiné");
    private static final List<String> ISSUES = List.of("les questions régionales et internationales d'intérêt commun",
            "la sécurité maritime", "le changement climatique", "la sécurité énergétique", "la situation dans la région",
            "la préparation des prochaines échéances bilatérales", "la mise en œuvre des engagements pris",
            "les moyens de lever les obstacles au commerce", "les perspectives de la coopération en matière de %5$s",
            "les projets en cours en matière de %6$s", "les moyens de simplifier les procédures de visa",
            "les résultats de la coopération en matière de %7$s", "la réforme des institutions multilatérales",
            "la lutte contre le trafic de stupéfiants", "les suites à donner aux discussions précédentes",
            "le fonctionnement de la commission mixte");
    private static final List<String> PRAISED = List.of("a salué", "a hautement apprécié", "a pris note avec satisfaction de",
            "a apprécié", "a rendu hommage à", "a mis en avant", "a souligné", "a tenu à saluer");
    private static final List<String> MERIT = List.of("les résultats obtenus par %4$s dans son développement socio-économique",
            "le rôle joué par %4$s dans la région", "les efforts de %4$s en faveur de la paix",
            "la contribution de %4$s à la stabilité régionale", "le soutien constant apporté par %4$s",
            "les progrès réalisés par %4$s en matière de %5$s", "l'accueil réservé par %4$s à sa délégation",
            "la qualité des échanges avec %4$s", "l'engagement de %4$s en matière de %6$s",
            "la place croissante de %4$s dans les échanges régionaux");
    private static final List<String> FLOWS = List.of("les échanges commerciaux bilatéraux", "les investissements de %3$s chez son partenaire",
            "les exportations de %3$s vers %4$s", "les importations de %3$s en provenance de %4$s",
            "le volume des échanges de services", "les flux d'investissements croisés", "les ventes de produits agricoles");
    private static final List<String> REACHED = List.of("ont atteint", "se sont élevés à", "ont dépassé", "ont avoisiné",
            "ont représenté près de", "ont totalisé");
    private static final List<String> PERIOD = List.of("l'an dernier", "au cours des neuf premiers mois de l'année",
            "sur les six premiers mois de l'année", "l'année précédente", "au premier trimestre", "ces douze derniers mois");
    private static final List<String> UNITS = List.of("milliards de dollars", "millions de dollars", "milliards d'euros",
            "millions d'euros");
    private static final List<String> OPENERS = List.of("", "", "", "Par ailleurs, ", "En outre, ", "De plus, ",
            "Dans ce contexte, ", "À cette occasion, ", "Selon lui, ", "Au cours de l'entretien, ", "Dans le même esprit, ",
            "Sur ce point, ");

    /**
     * One sentence: {@code %1$s}, {@code %2$s} speakers; {@code %3$s}, {@code %4$s} their countries;
     * {@code %5$s}-{@code %7$s} topics.
     */
    private static String sentence(SplittableRandom r) {
        String opener = pick(r, OPENERS);
        return switch (r.nextInt(6)) {
            case 0, 1 -> opener + "%1$s " + pick(r, SAID) + " que " + pick(r, WHO) + " " + verb(r) + pick(r, HOW) + ".";
            case 2 -> opener + pick(r, PARTIES) + " " + pick(r, AGREED) + " " + pick(r, ACTION) + " " + pick(r, WHAT)
                    + pick(r, HOW) + ".";
            case 3 -> opener + pick(r, PARTIES) + " " + pick(r, DISCUSSED) + " " + pick(r, ISSUES) + pick(r, HOW) + ".";
            case 4 -> opener + "%2$s " + pick(r, PRAISED) + " " + pick(r, MERIT) + pick(r, HOW) + ".";
            default -> opener + pick(r, FLOWS) + " " + pick(r, REACHED) + " " + amount(r) + " " + pick(r, PERIOD)
                    + trend(r) + ".";
        };
    }

    private static String verb(SplittableRandom r) {
        return pick(r, INTENT) + " " + pick(r, ACTION) + " " + pick(r, WHAT);
    }

    private static String amount(SplittableRandom r) {
        int whole = 1 + r.nextInt(r.nextBoolean() ? 30 : 900);
        return whole + (r.nextBoolean() ? "," + r.nextInt(10) : "") + " " + pick(r, UNITS);
    }

    private static String trend(SplittableRandom r) {
        int p = 2 + r.nextInt(45);
        return switch (r.nextInt(4)) {
            case 0 -> ", en hausse de " + p + " %%";
            case 1 -> ", soit une progression de " + p + " %%";
            case 2 -> ", en recul de " + p + " %% par rapport à la période précédente";
            default -> "";
        };
    }

    /** The contractions French makes where slots meet: de les, de le, à les, à le, and de or que before a vowel. */
    static String contract(String s) {
        return s.replace(" de les ", " des ").replace(" de le ", " du ").replace(" à les ", " aux ").replace(" à le ", " au ")
                .replaceAll("(^|[ ,])de ([aeéèiouâîAEÉIOU])", "$1d'$2").replaceAll("(^|[ ,])que ([aeéèiouâîAEÉIOU])", "$1qu'$2");
    }

    /** Adds comment paragraphs worth about {@code characters}, and a photo caption among them. */
    static void fill(Draft d, int characters) {
        SplittableRandom r = d.r;
        Official a = d.cast.get(0);
        Official b = d.cast.size() > 1 ? d.cast.get(1) : a;
        String caption = capitalised(a.titled()) + " " + a.name() + (b == a ? "" : " (" + pick(r, List.of("à droite", "à gauche",
                "au centre")) + ") et " + b.titled() + ", " + b.name()) + "." + pick(r, List.of(" Photo: VNA", " Photo : VNA"));
        int left = characters - caption.length();
        do {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                boolean swap = r.nextBoolean();
                Official x = swap ? b : a;
                Official y = swap ? a : b;
                if (p.length() > 0) p.append(' ');
                String text = String.format(sentence(r), x.name(), y.name(), x.country().the(), y.country().the(),
                        pick(r, Tables.TOPICS), pick(r, Tables.TOPICS), pick(r, Tables.TOPICS));
                p.append(capitalised(contract(text)));
            }
            d.comment(p.toString());
            left -= p.length() + 2;
        } while (left > 0);
        int at = Math.min(d.parts.size() - 1, 1 + r.nextInt(2));
        d.parts.add(at, new Story.Part(caption, Story.Kind.CAPTION));
    }
}
