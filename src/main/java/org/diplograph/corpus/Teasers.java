package org.diplograph.corpus;

import static org.diplograph.corpus.Cast.capitalised;
import static org.diplograph.corpus.Cast.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.diplograph.corpus.Cast.Official;
import org.diplograph.corpus.Tables.Country;

/**
 * The "Voir plus" list under a story: three to seven other stories, each a title and a lead,
 * most after their photo's caption. They are other stories, so they are not in the page's answer.
 */
final class Teasers {
    private Teasers() {}

    /** A teaser list of three to seven other stories. */
    static List<Story.Teaser> list(SplittableRandom r) {
        int n = 3 + r.nextInt(5);
        List<Story.Teaser> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(one(r));
        return List.copyOf(out);
    }

    private static Story.Teaser one(SplittableRandom r) {
        Country home = r.nextInt(3) == 0 ? StoryMaker.other(r, null) : Tables.HOME;
        Country other = StoryMaker.other(r, home);
        Official a = Cast.of(r, home, 2 + r.nextInt(2));
        Official b = Cast.of(r, other, a.office().rank());
        String topic = pick(r, Tables.TOPICS);
        String second = pick(r, Tables.TOPICS);
        String day = (1 + r.nextInt(28)) + " " + pick(r, Tables.MONTHS);
        String city = pick(r, home.cities());
        String caption = r.nextInt(4) == 0 ? null
                : capitalised(a.titled()) + " " + a.name() + " (à droite) et " + b.titled() + ", " + b.name() + ". Photo: VNA";
        return switch (r.nextInt(3)) {
            case 0 -> new Story.Teaser(caption, home.name() + "-" + other.name() + " : renforcer la coopération en matière " + Cast.of(topic),
                    capitalised(a.titled()) + ", " + a.name() + ", a reçu le " + day + " à " + city + " " + b.titled() + ", "
                            + b.name() + ", afin de discuter des moyens de promouvoir la coopération en matière " + Cast.of(topic)
                            + " et " + Cast.of(second) + " entre les deux pays, dans le cadre de leur " + pick(r, Tables.PARTNERSHIPS) + ".");
            case 1 -> new Story.Teaser(caption, capitalised(home.the()) + " et " + other.the() + " veulent dynamiser leurs échanges",
                    "Les échanges entre " + home.the() + " et " + other.the() + " ont été au cœur de la séance de travail"
                            + " tenue le " + day + " à " + city + " entre " + a.titled() + ", " + a.name() + ", et "
                            + b.titled() + ", " + b.name() + ". Les deux parties ont souhaité accroître leur coopération en"
                            + " matière " + Cast.of(topic) + ", " + Cast.of(second) + " et de formation des ressources humaines.");
            default -> new Story.Teaser(r.nextBoolean() ? null : "Vue de la conférence. Photo: VNA",
                    "Bilan annuel de la coopération en matière " + Cast.of(topic),
                    "Une conférence nationale consacrée au bilan de la coopération internationale en matière " + Cast.of(topic)
                            + " s'est tenue le " + day
                            + " à " + city + ", en présence " + Events.de(a.titled()) + ", " + a.name() + ", qui a appelé à"
                            + " redoubler d'efforts pour atteindre les objectifs fixés pour la nouvelle période.");
        };
    }
}
