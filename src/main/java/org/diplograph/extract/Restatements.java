package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The same fact stated in title, lead and body is one fact: events of one kind, standing and
 * compatible date sharing their participants (or gatherings of one kind) become one, and so do
 * agreements of one type between the same parties.
 */
final class Restatements {
    private Restatements() {}

    /** The same fact stated in title, lead and body is one fact. */
    static void merge(Doc doc) {
        List<Doc.EventInfo> kept = new ArrayList<>();
        for (Doc.EventInfo e : doc.events) {
            Doc.EventInfo same = null;
            for (Doc.EventInfo k : kept) {
                if (!k.kind.equals(e.kind) || k.standing != e.standing || !compatible(k.date, e.date)) continue;
                boolean shared = e.participants.stream().anyMatch(p -> k.hasRole(p.personKey()));
                boolean bothEmpty = e.participants.isEmpty() && k.participants.isEmpty();
                boolean sameSet = e.participants.stream().allMatch(p -> k.hasRole(p.personKey()))
                        || k.participants.stream().allMatch(p -> e.hasRole(p.personKey()));
                boolean gathering = e.kind.equals("ceremony") || e.kind.equals("conference") || e.gathering && k.gathering;
                if ((shared && sameSet) || bothEmpty && k.date != null && e.date != null || gathering) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(e);
                continue;
            }
            for (Facts.Participant p : e.participants) if (!same.hasRole(p.personKey())) same.participants.add(p);
            same.restatedBy(e, doc);
            same.countries.addAll(e.countries);
            if (same.date == null) same.date = e.date;
            if (same.end == null) same.end = e.end;
            if (same.place == null) same.place = e.place;
        }
        doc.events.clear();
        doc.events.addAll(kept);
        List<Doc.AgreementInfo> agreements = new ArrayList<>();
        for (Doc.AgreementInfo a : doc.agreements) {
            Doc.AgreementInfo same = null;
            for (Doc.AgreementInfo k : agreements) {
                // two instruments one sentence lists ("deux conventions de financement") are two, and
                // "un second mémorandum" is not the first
                if (k.sentence == a.sentence || a.another) continue;
                if (sameType(k.type, a.type) && compatible(k.date, a.date)
                        && (k.parties.equals(a.parties) || k.parties.isEmpty() || a.parties.isEmpty()
                        // "les deux parties ont signé": the parties the story is about
                        || k.parties.contains("*") || a.parties.contains("*")
                        // "le Sénégal et l'AFD signent une convention" in the headline, the lender's
                        // country told in the body: a lone party the other's parties include
                        || lonePartyOf(k.parties, a.parties) || lonePartyOf(a.parties, k.parties))) same = k;
            }
            if (same == null) {
                agreements.add(a);
                continue;
            }
            same.parties.addAll(a.parties);
            if (same.parties.size() > 1) same.parties.remove("*");
            if (a.type.length() > same.type.length()) same.type = a.type;   // "accord de coopération" names "accord" better
            same.restatedBy(a, doc);
            if (same.date == null) same.date = a.date;
            for (String sg : a.signatories) if (!same.signatories.contains(sg)) same.signatories.add(sg);
            if (same.topicText == null) same.topicText = a.topicText;
            if (same.place == null) same.place = a.place;
        }
        doc.agreements.clear();
        doc.agreements.addAll(agreements);
    }

    /** Whether {@code lone} is one party only, and one of {@code all}. */
    private static boolean lonePartyOf(java.util.Set<String> lone, java.util.Set<String> all) {
        return lone.size() == 1 && all.size() > 1 && all.containsAll(lone);
    }

    /** "accord" in a headline and "accord de coopération" in the body name one agreement. */
    private static boolean sameType(String a, String b) {
        String x = Fold.fold(a);
        String y = Fold.fold(b);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static boolean compatible(DateValue a, DateValue b) {
        if (a == null || b == null) return true;
        String x = a.lexical();
        String y = b.lexical();
        return x.substring(x.length() - 5).equals(y.substring(y.length() - 5));
    }
}
