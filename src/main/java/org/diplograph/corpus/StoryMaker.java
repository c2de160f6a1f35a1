package org.diplograph.corpus;

import static org.diplograph.corpus.Cast.capitalised;
import static org.diplograph.corpus.Cast.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.diplograph.corpus.Cast.Official;
import org.diplograph.corpus.Story.Part;
import org.diplograph.corpus.Tables.Country;

/**
 * Writes story {@code i} of a corpus from the corpus seed alone: each story draws from its own
 * random stream ({@code seed}, {@code i}), so any story can be made again without the others
 * (which is how a duplicate repeats an earlier story, and why memory stays bounded).
 *
 * <p>A story has one main event (a visit, talks, a phone call, an audience, credentials, a
 * signing, a ceremony or a conference), sometimes a further meeting, then paragraphs of comment
 * that state no further fact, one or two photo captions, and a teaser list. Its length is drawn
 * so that pages average {@link #MEAN_CHARACTERS}, teasers included.
 */
final class StoryMaker {
    /** Mean characters per page of the sample pages (teasers included), the generator's target. */
    static final int MEAN_CHARACTERS = 6050;
    /** What the last paragraph of comment adds beyond the drawn length, on average. */
    private static final int OVERSHOOT = 300;
    static final double DUPLICATE_SHARE = 0.06;

    private final long seed;
    private final int keyWidth;

    StoryMaker(long seed, int count) {
        this.seed = seed;
        this.keyWidth = Math.max(6, Integer.toString(Math.max(0, count - 1)).length());
    }

    String key(int i) {
        return "g" + String.format("%0" + keyWidth + "d", i);
    }

    private SplittableRandom random(int i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    boolean isDuplicate(int i) {
        return i >= 10 && random(i).nextDouble() < DUPLICATE_SHARE;
    }

    /** Story {@code i}: the same for the same seed, whatever else was made before. */
    Story story(int i) {
        SplittableRandom r = random(i);
        if (i >= 10 && r.nextDouble() < DUPLICATE_SHARE) {
            int j = i - 1 - r.nextInt(Math.min(i, 40));
            while (isDuplicate(j)) j--;
            SplittableRandom rj = random(j);
            rj.nextDouble();
            Story base = draft(j, rj);
            return Glue.apply(vary(base, key(i), key(j), r), r);
        }
        return Glue.apply(draft(i, r), r);
    }

    /** The same story told again: another title, one comment paragraph less or moved, other teasers. */
    private Story vary(Story base, String key, String of, SplittableRandom r) {
        Draft d = new Draft(r, base.facts());
        List<Part> body = new ArrayList<>(base.body());
        int last = body.size() - 1;
        if (last > 3) {
            int at = 2 + r.nextInt(last - 2);
            if (body.get(at).kind() == Story.Kind.COMMENT) body.remove(at);
        }
        String title = base.title() == null ? null : d.reworded(base.title());
        return new Story(key, of, title, base.summary(), base.dateline(), List.copyOf(body),
                Teasers.list(r), base.facts());
    }

    private Story draft(int i, SplittableRandom r) {
        Country home = r.nextInt(4) == 0 ? other(r, null) : Tables.HOME;
        Country partner = other(r, home);
        Draft d = new Draft(r, home, partner);
        Events.main(d);
        if (r.nextInt(10) < 3) Events.further(d);
        int target = length(r);
        List<Story.Teaser> teasers = r.nextInt(6) == 0 ? List.of() : Teasers.list(r);
        int used = d.length() + teasers.stream().mapToInt(t -> (t.caption() == null ? 0 : t.caption().length())
                + t.title().length() + t.lead().length() + 6).sum();
        Comment.fill(d, target - used);
        return d.story(key(i), teasers);
    }

    /** A page length: spread like the samples' (about 3,500 to 9,500 characters), averaging the target. */
    private static int length(SplittableRandom r) {
        return MEAN_CHARACTERS - OVERSHOOT - 3000 + r.nextInt(6001);
    }

    static Country other(SplittableRandom r, Country not) {
        while (true) {
            Country c = pick(r, Tables.COUNTRIES);
            if (c != not && c != Tables.HOME) return c;
            if (not != null && not != Tables.HOME && c == Tables.HOME) return c;
        }
    }

    /**
     * A story being written: the cast, its paragraphs and the facts they state. Every fact is
     * added by the sentence that states it, so the text and the answer cannot drift apart.
     */
    static final class Draft {
        final SplittableRandom r;
        final Country home;
        final Country partner;
        final Integer year;
        final int month;
        final int day;
        String title;
        String lead;
        String dateline;
        final List<Part> parts = new ArrayList<>();
        final List<Official> cast = new ArrayList<>();
        private final Map<String, Story.Person> persons = new LinkedHashMap<>();
        private final Map<String, Story.Org> orgs = new LinkedHashMap<>();
        private final TreeSet<String> countries = new TreeSet<>();
        private final TreeSet<String> pairs = new TreeSet<>();
        private final List<Story.Agreement> agreements = new ArrayList<>();
        private final List<Story.Meeting> meetings = new ArrayList<>();
        private final Story.Facts fixed;

        Draft(SplittableRandom r, Country home, Country partner) {
            this.r = r;
            this.home = home;
            this.partner = partner;
            this.year = r.nextInt(5) < 2 ? 2016 + r.nextInt(10) : null;
            this.month = 1 + r.nextInt(12);
            this.day = 1 + r.nextInt(22);
            this.fixed = null;
            countries.add(home.code());
            countries.add(partner.code());
            pair(home, partner);
        }

        /** A draft that only rewords a finished story's title. */
        Draft(SplittableRandom r, Story.Facts facts) {
            this.r = r;
            this.home = null;
            this.partner = null;
            this.year = null;
            this.month = 1;
            this.day = 1;
            this.fixed = facts;
        }

        void pair(Country a, Country b) {
            countries.add(a.code());
            countries.add(b.code());
            pairs.add(a.code().compareTo(b.code()) < 0 ? a.code() + " " + b.code() : b.code() + " " + a.code());
        }

        Official cast(Official o) {
            cast.add(o);
            persons.putIfAbsent(o.name(), new Story.Person(o.name(), o.country().code(), o.role()));
            if (o.office() != null && o.office().org() != null) {
                String key = o.office().org() + "|" + o.country().code();
                orgs.putIfAbsent(key, new Story.Org(o.office().org(), o.country().code(), o.office().orgKind()));
            }
            return o;
        }

        void meeting(String kind, String date, String end, String place, Official... who) {
            List<String> names = new ArrayList<>();
            for (Official o : who) names.add(o.name());
            meetings.add(new Story.Meeting(List.copyOf(names), date, end, place, kind));
        }

        void agreement(String type, String topic, String date, String place, Official a, Official b) {
            List<String> parties = new ArrayList<>(List.of(a.country().code(), b.country().code()));
            parties.sort(null);
            agreements.add(new Story.Agreement(type, topic, List.copyOf(parties), date, place, List.of(a.name(), b.name())));
        }

        void paragraph(String text) {
            parts.add(new Part(text, Story.Kind.FACT));
        }

        void comment(String text) {
            parts.add(new Part(text, Story.Kind.COMMENT));
        }

        /** {@code le 7 août}, {@code le 7 août 2023} or {@code mardi 7 août 2023}, for day {@code d} of the story's month. */
        String on(int d) {
            String date = d + " " + Tables.MONTHS.get(month - 1) + (year == null ? "" : " " + year);
            if (year != null && r.nextInt(3) == 0) {
                int dow = java.time.LocalDate.of(year, month, d).getDayOfWeek().getValue() - 1;
                return Tables.WEEKDAYS.get(dow) + " " + date;
            }
            return "le " + date;
        }

        /** The answer's date for day {@code d}: {@code 2023-08-07}, or {@code --08-07} when no year is stated. */
        String gold(int d) {
            return (year == null ? "-" : Integer.toString(year)) + String.format("-%02d-%02d", month, d);
        }

        String month() {
            return Tables.MONTHS.get(month - 1) + (year == null ? "" : " " + year);
        }

        int length() {
            int n = (title == null ? 0 : title.length() + lead.length()) + dateline.length() + 10;
            for (Part p : parts) n += p.text().length() + 2;
            return n;
        }

        /** Another headline for the same story, as an agency's second version of it carries. */
        String reworded(String old) {
            return switch (r.nextInt(3)) {
                case 0 -> "Nouvel élan pour la coopération en matière " + Cast.of(pick(r, Tables.TOPICS));
                case 1 -> "Les relations bilatérales au cœur des échanges";
                default -> "À la une : " + old;
            };
        }

        Story story(String key, List<Story.Teaser> teasers) {
            List<List<String>> pairList = new ArrayList<>();
            for (String p : pairs) pairList.add(List.of(p.split(" ")));
            Story.Facts facts = new Story.Facts(List.copyOf(countries), List.copyOf(pairList), List.copyOf(persons.values()),
                    List.copyOf(orgs.values()), List.copyOf(agreements), List.copyOf(meetings));
            boolean titled = r.nextInt(7) != 0;
            List<Part> body = new ArrayList<>(parts.size() + 1);
            body.add(new Part(lead, Story.Kind.FACT));
            body.addAll(parts);
            return new Story(key, null, titled ? title : null, titled ? lead : null, dateline, List.copyOf(body), teasers, facts);
        }

        /** {@code Le ministre japonais du Commerce Ken Tamari} or with commas around the name. */
        String subject(Official o) {
            return r.nextBoolean() ? capitalised(o.titled()) + " " + o.name() : capitalised(o.titled()) + ", " + o.name() + ",";
        }
    }
}
