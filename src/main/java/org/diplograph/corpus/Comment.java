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
 * no event, agreement or office, so the answer stays what the event sentences put in.
 */
final class Comment {
    private Comment() {}

    /** {@code %1$s} and {@code %2$s}: two speakers; {@code %3$s}, {@code %4$s}: two countries; {@code %5$s}-{@code %7$s}: topics. */
    private static final List<String> SENTENCES = List.of(
            "Les deux parties ont passé en revue la mise en œuvre des engagements pris lors des rencontres précédentes et se"
                    + " sont félicitées des progrès réalisés en matière %5$s et %6$s.",
            "%1$s a souligné que %3$s attachait toujours une grande importance à ses relations avec %4$s et souhaitait"
                    + " intensifier les échanges de délégations à tous les niveaux.",
            "Pour sa part, %2$s a affirmé que son pays était prêt à partager ses expériences en matière %5$s et à"
                    + " soutenir les projets de coopération en cours.",
            "Les échanges commerciaux bilatéraux ont nettement progressé l'an dernier, et les deux parties se sont fixé pour"
                    + " objectif de les doubler dans les prochaines années.",
            "%1$s a proposé aux deux parties de renforcer leur coordination au sein des forums multilatéraux et de faciliter"
                    + " l'accès des produits agricoles de chaque pays au marché de l'autre.",
            "Il a également invité les investisseurs %8$s à s'intéresser davantage aux secteurs %6$s et %7$s, où les"
                    + " besoins restent considérables.",
            "Les deux parties ont convenu de multiplier les programmes de formation, les bourses d'études et les échanges entre"
                    + " les jeunes, afin de consolider les bases de leurs relations pour les années à venir.",
            "%2$s a salué les résultats obtenus par %3$s dans son développement socio-économique et a exprimé son souhait de"
                    + " voir les relations bilatérales progresser davantage.",
            "Selon %1$s, la coopération en matière %5$s reste l'un des piliers des relations entre les deux pays, qui"
                    + " entendent lui donner un nouvel élan.",
            "Les deux responsables ont aussi échangé leurs points de vue sur des questions régionales et internationales"
                    + " d'intérêt commun, notamment la sécurité maritime, le changement climatique et la sécurité énergétique.",
            "%1$s a demandé aux services concernés des deux pays de coordonner étroitement leur action pour mener à bien les"
                    + " projets prévus, en particulier en matière %7$s.",
            "%2$s a remercié ses hôtes pour l'accueil chaleureux réservé à sa délégation et pour la qualité des échanges.",
            "Les deux parties se sont engagées à simplifier les procédures de visa, à ouvrir de nouvelles liaisons aériennes"
                    + " directes et à promouvoir le tourisme dans les deux sens.",
            "Il a ajouté que la communauté de ressortissants %9$s vivant sur place contribuait activement au resserrement de"
                    + " l'amitié entre les deux peuples.",
            "%1$s a estimé que le potentiel de coopération entre les deux pays restait important, notamment en matière %5$s,"
                    + " %6$s et %7$s.",
            "Les deux parties ont réaffirmé leur volonté de régler les différends par des moyens pacifiques, sur la base du"
                    + " droit international.",
            "Elles ont également souhaité renforcer la coopération entre leurs collectivités locales, leurs universités et"
                    + " leurs instituts de recherche, ainsi qu'entre leurs entreprises.",
            "%1$s a rappelé que les deux pays partageaient de nombreux intérêts communs et que leur coopération avait"
                    + " toujours reposé sur la confiance mutuelle et le respect de l'indépendance de chacun.",
            "Les deux parties ont également discuté de la préparation des prochaines échéances bilatérales, dont la"
                    + " réunion de la commission mixte de coopération économique, commerciale et scientifique.",
            "%2$s a indiqué que les entreprises %9$s souhaitaient investir davantage dans les infrastructures, les"
                    + " énergies propres et l'économie numérique, à condition que le cadre juridique reste stable et transparent.",
            "Elles ont souligné le rôle des échanges culturels, sportifs et universitaires dans le renforcement de la"
                    + " compréhension mutuelle, et ont salué l'ouverture prochaine de nouveaux cours de langue.",
            "Selon %2$s, la coopération en matière %6$s a enregistré des résultats encourageants ces dernières années,"
                    + " grâce notamment aux programmes d'assistance technique et aux échanges d'experts.",
            "Les deux parties se sont accordées sur la nécessité de renforcer la coopération dans la lutte contre la"
                    + " criminalité transnationale, le trafic de stupéfiants et la cybercriminalité.",
            "%1$s a insisté sur l'importance de la connectivité régionale, notamment des corridors de transport et des"
                    + " réseaux logistiques qui relient les économies de la région.",
            "Selon les chiffres présentés lors de la séance, plusieurs centaines de projets d'investissement sont actuellement"
                    + " en cours, dont une part croissante dans les industries de transformation et les énergies renouvelables.");

    /** 0..n-1 in an order drawn from {@code r}: each sentence is used once before any is used again. */
    private static int[] shuffled(SplittableRandom r, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** Adds comment paragraphs worth about {@code characters}, and a photo caption among them. */
    static void fill(Draft d, int characters) {
        SplittableRandom r = d.r;
        Official a = d.cast.get(0);
        Official b = d.cast.size() > 1 ? d.cast.get(1) : a;
        String caption = capitalised(a.titled()) + " " + a.name() + (b == a ? "" : " (" + pick(r, List.of("à droite", "à gauche",
                "au centre")) + ") et " + b.titled() + ", " + b.name()) + "." + pick(r, List.of(" Photo: VNA", " Photo : VNA"));
        int left = characters - caption.length();
        int[] order = shuffled(r, SENTENCES.size());
        int next = 0;
        do {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                boolean swap = r.nextBoolean();
                Official x = swap ? b : a;
                Official y = swap ? a : b;
                if (p.length() > 0) p.append(' ');
                String sentence = SENTENCES.get(order[next++ % order.length]);
                p.append(capitalised(String.format(sentence, x.name(), y.name(), x.country().the(), y.country().the(),
                        Cast.of(pick(r, Tables.TOPICS)), Cast.of(pick(r, Tables.TOPICS)), Cast.of(pick(r, Tables.TOPICS)),
                        y.country().of(), x.country().of())));
            }
            d.comment(p.toString());
            left -= p.length() + 2;
        } while (left > 0);
        int at = Math.min(d.parts.size() - 1, 1 + r.nextInt(2));
        d.parts.add(at, new Story.Part(caption, Story.Kind.CAPTION));
    }
}
