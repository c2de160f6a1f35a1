package org.diplograph.corpus;

import static org.diplograph.corpus.Cast.capitalised;
import static org.diplograph.corpus.Cast.pick;

import java.util.SplittableRandom;
import org.diplograph.corpus.Cast.Official;
import org.diplograph.corpus.StoryMaker.Draft;
import org.diplograph.corpus.Tables.Country;
import org.diplograph.corpus.Tables.Office;

/**
 * The events a story reports, each written as the sentence that states it together with the
 * facts that sentence puts in the answer.
 */
final class Events {
    private Events() {}

    /** The story's main event: its title, lead, dateline and fact paragraphs. */
    static void main(Draft d) {
        switch (d.r.nextInt(8)) {
            case 0 -> visit(d);
            case 1 -> talks(d);
            case 2 -> phone(d);
            case 3 -> audience(d);
            case 4 -> credentials(d);
            case 5, 6 -> signing(d);
            default -> conference(d);
        }
    }

    /** One more meeting during the same trip, with an official of the other side. */
    static void further(Draft d) {
        Official x = d.cast.get(0);
        Country side = x.country() == d.home ? d.partner : d.home;
        Official c = d.cast(Cast.of(d.r, side, 2));
        d.paragraph(pick(d.r, java.util.List.of("À cette occasion, ", "Le même jour, ", "Par ailleurs, "))
                + x.name() + " a rencontré " + object(c) + ". Les deux responsables ont échangé sur les moyens de"
                + " concrétiser les engagements pris entre les deux pays.");
        d.meeting("meeting", null, null, null, x, c);
    }

    private static void visit(Draft d) {
        SplittableRandom r = d.r;
        Official host = d.cast(Cast.of(r, d.home, 2 + r.nextInt(2)));
        Official guest = d.cast(Cast.of(r, d.partner, host.office().rank()));
        int end = d.day + 2 + r.nextInt(3);
        String city = d.home.capital();
        d.dateline = city;
        d.title = capitalised(d.partner.the()) + " et " + d.home.the() + " veulent approfondir leur " + pick(r, Tables.PARTNERSHIPS);
        d.lead = capitalised(guest.titled()) + ", " + guest.name() + ", " + (r.nextBoolean() ? "effectue" : "a effectué")
                + " du " + d.day + " au " + end + " " + d.month() + " une visite officielle " + d.home.in()
                + ", à l'invitation " + de(host.titled()) + " " + host.name() + ".";
        d.meeting("visit", d.gold(d.day), d.gold(end), d.home.name(), guest);
        d.paragraph(capitalised(d.on(d.day + 1)) + ", " + host.name() + " a eu des entretiens à " + city + " avec "
                + guest.name() + ". Les deux parties ont passé en revue l'état de leurs relations et les grandes"
                + " orientations de leur coopération pour les années à venir.");
        d.meeting("talks", d.gold(d.day + 1), null, city, host, guest);
    }

    private static void talks(Draft d) {
        SplittableRandom r = d.r;
        Official host = d.cast(Cast.of(r, d.home, 2 + r.nextInt(2)));
        boolean peer = r.nextBoolean();
        Official guest = d.cast(peer ? Cast.holder(r, d.partner, host.office()) : Cast.of(r, d.partner, host.office().rank()));
        String city = pick(r, d.home.cities());
        d.dateline = city;
        String topic = pick(r, Tables.TOPICS);
        d.title = capitalised(d.home.the()) + " et " + d.partner.the() + " conviennent de renforcer leur coopération en matière " + Cast.of(topic);
        String whom = peer ? "son homologue " + d.partner.adjective(guest.female()) + ", " + guest.name()
                : object(guest);
        d.lead = d.subject(host) + " a eu des entretiens " + d.on(d.day) + " à " + city + " avec " + whom
                + ", afin de promouvoir la coopération en matière " + Cast.of(topic) + ".";
        d.meeting("talks", d.gold(d.day), null, city, host, guest);
    }

    private static void phone(Draft d) {
        SplittableRandom r = d.r;
        Official host = d.cast(Cast.of(r, d.home, 3));
        Official guest = d.cast(Cast.of(r, d.partner, 3));
        d.dateline = d.home.capital();
        d.title = capitalised(d.home.name()) + "-" + d.partner.name() + " : entretien téléphonique de haut niveau";
        d.lead = d.subject(host) + " s'est entretenu" + (host.female() ? "e" : "") + " au téléphone " + d.on(d.day)
                + " avec " + object(guest) + ".";
        d.meeting("phone call", d.gold(d.day), null, null, host, guest);
    }

    private static void audience(Draft d) {
        SplittableRandom r = d.r;
        Official host = d.cast(Cast.of(r, d.home, 2 + r.nextInt(2)));
        Official guest = d.cast(r.nextInt(3) == 0 ? Cast.ambassador(r, d.partner, d.home) : Cast.of(r, d.partner, 2));
        String city = d.home.capital();
        d.dateline = city;
        d.title = capitalised(host.titled()) + " reçoit " + guest.titled();
        d.lead = d.subject(host) + " a reçu " + d.on(d.day) + " à " + city + " " + object(guest) + ".";
        d.meeting("meeting", d.gold(d.day), null, city, host, guest);
    }

    private static void credentials(Draft d) {
        SplittableRandom r = d.r;
        Official host = d.cast(Cast.holder(r, d.home, Tables.OFFICES.get(1)));
        Official first = d.cast(Cast.ambassador(r, d.partner, d.home));
        Official second = null;
        if (r.nextInt(5) < 2) {
            Country third = StoryMaker.other(r, d.home);
            if (third != d.partner) {
                second = d.cast(Cast.ambassador(r, third, d.home));
                d.pair(d.home, third);
            }
        }
        String city = d.home.capital();
        d.dateline = city;
        d.title = capitalised(host.titled()) + " reçoit les lettres de créance de nouveaux ambassadeurs";
        d.lead = d.subject(host) + " a reçu " + d.on(d.day) + " à " + city + " les lettres de créance " + de(first.titled())
                + ", " + first.name() + (second == null ? "" : ", et " + de(second.titled()) + ", " + second.name()) + ".";
        if (second == null) d.meeting("reception", d.gold(d.day), null, city, host, first);
        else d.meeting("reception", d.gold(d.day), null, city, host, first, second);
    }

    private static void signing(Draft d) {
        SplittableRandom r = d.r;
        Office office = pick(r, Tables.OFFICES.subList(5, 21));
        Official a = d.cast(Cast.holder(r, d.home, office));
        Official b = d.cast(Cast.holder(r, d.partner, office));
        String type = pick(r, Tables.AGREEMENT_TYPES);
        String topic = pick(r, Tables.TOPICS);
        String city = r.nextBoolean() ? d.home.capital() : d.partner.capital();
        String un = type.startsWith("lettre") ? "une " : "un ";
        d.dateline = city;
        d.title = capitalised(d.home.the()) + " et " + d.partner.the() + " signent " + un + type + " en matière " + Cast.of(topic);
        d.lead = capitalised(d.home.the()) + " et " + d.partner.the() + " ont signé " + d.on(d.day) + " à " + city + " " + un
                + type + " sur la coopération en matière " + Cast.of(topic) + ".";
        d.agreement(type, topic, d.gold(d.day), city, a, b);
        d.paragraph("Les signataires étaient " + a.titled() + " " + a.name() + " et " + b.titled() + ", " + b.name() + ".");
        if (r.nextBoolean()) {
            d.paragraph("Auparavant, " + a.name() + " et " + b.name() + " ont eu des entretiens sur les moyens de mettre en"
                    + " œuvre ce document et d'élargir la coopération bilatérale à de nouveaux domaines.");
            d.meeting("talks", d.gold(d.day), null, city, a, b);
        }
    }

    private static void ceremony(Draft d, Official a, Official b, String city) {
        String project = pick(d.r, Tables.PROJECTS);
        String financed = project.startsWith("d'une") ? "financée" : "financé";
        d.title = "Inauguration " + project + " " + financed + " par " + d.partner.the();
        d.lead = d.subject(a) + " et " + object(b) + ", ont assisté " + d.on(d.day) + " à " + city
                + " à la cérémonie d'inauguration " + project + " " + financed + " par " + d.partner.the() + ".";
        d.meeting("ceremony", d.gold(d.day), null, city, a, b);
    }

    private static void conference(Draft d) {
        SplittableRandom r = d.r;
        if (r.nextInt(3) == 0) {
            Official a = d.cast(Cast.of(r, d.home, 2));
            Official b = d.cast(r.nextBoolean() ? Cast.ambassador(r, d.partner, d.home) : Cast.of(r, d.partner, 2));
            String city = pick(r, d.home.cities());
            d.dateline = city;
            ceremony(d, a, b, city);
            return;
        }
        Official a = d.cast(Cast.of(r, d.home, 2 + r.nextInt(2)));
        Official b = d.cast(Cast.of(r, d.partner, a.office().rank()));
        String[] conf = pick(r, Tables.CONFERENCES).split("\\|");
        int nth = 2 + r.nextInt(20);
        String name = (conf[0].equals("f") ? "la " : "le ") + nth + "e " + conf[1] + " sur la coopération en matière " + Cast.of(pick(r, Tables.TOPICS));
        String city = d.partner.capital();
        d.dateline = city;
        d.title = capitalised(d.home.the()) + (conf[0].equals("f") ? " à la " : " au ") + nth + "e " + conf[1];
        d.lead = d.subject(a) + " a participé " + d.on(d.day) + " à " + city + " " + to(name) + ".";
        d.meeting("conference", d.gold(d.day), null, city, a);
        d.paragraph("En marge de " + name + ", " + a.name() + " a rencontré " + object(b) + ". Les deux responsables se sont"
                + " félicités du développement des relations bilatérales.");
        d.meeting("meeting", d.gold(d.day), null, city, a, b);
    }

    /** {@code le ministre japonais du Commerce, Ken Tamari}: a person named after the first mention of the event. */
    static String object(Official o) {
        return o.titled() + ", " + o.name();
    }

    /** {@code du ministre}, {@code de la ministre}, {@code de l'ambassadeur}. */
    static String de(String phrase) {
        if (phrase.startsWith("le ")) return "du " + phrase.substring(3);
        if (phrase.startsWith("les ")) return "des " + phrase.substring(4);
        return "de " + phrase;
    }

    /** {@code au Forum}, {@code à la Conférence}. */
    static String to(String phrase) {
        if (phrase.startsWith("le ")) return "au " + phrase.substring(3);
        if (phrase.startsWith("les ")) return "aux " + phrase.substring(4);
        return "à " + phrase;
    }
}
