package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static DateValue[] one(String sentence, String published, Set<Integer> years) {
        List<Dates.Found> found = Dates.find(sentence);
        assertEquals(1, found.size(), "dates in: " + sentence);
        return Dates.resolve(found.get(0), published, years, false);
    }

    @Test
    void aBareWeekdayIsTheLastOneForWhatHappenedAndTheNextOneForWhatIsAhead() {
        // published on Wednesday 2025-03-12
        List<Dates.Found> past = Dates.find("Le ministre a reçu lundi son homologue.");
        assertEquals("2025-03-10", Dates.resolve(past.get(0), "2025-03-12", Set.of(), false)[0].lexical());
        List<Dates.Found> ahead = Dates.find("Le ministre se rendra lundi à Paris.");
        assertEquals("2025-03-17", Dates.resolve(ahead.get(0), "2025-03-12", Set.of(), true)[0].lexical());
        assertEquals("2025-03-19", Dates.resolve(Dates.find("La réunion aura lieu mercredi.").get(0), "2025-03-12", Set.of(), true)[0].lexical());
    }

    @Test
    void dayAndMonthWithoutAnyYearStayMonthDay() {
        assertEquals("--09-03", one("Ils se sont vus le 3 septembre à Rome.", null, Set.of())[0].lexical());
    }

    @Test
    void spanOfDaysGivesStartAndEnd() {
        DateValue[] v = one("en visite du 28 au 30 octobre 2023", null, Set.of());
        assertEquals("2023-10-28", v[0].lexical());
        assertEquals("2023-10-30", v[1].lexical());
        DateValue[] w = one("du 30 novembre au 2 décembre 2022", null, Set.of());
        assertEquals("2022-11-30", w[0].lexical());
        assertEquals("2022-12-02", w[1].lexical());
    }

    @Test
    void weekdayChoosesAmongStatedYearsAndOnlyWhenItAgrees() {
        // 12 April 2022 was a Tuesday, 12 April 2021 a Monday
        assertEquals("2022-04-12", one("ce mardi 12 avril", null, Set.of(2021, 2022))[0].lexical());
        assertEquals("year stated in the article, weekday agrees", one("ce mardi 12 avril", null, Set.of(2021, 2022))[0].inference());
        assertEquals("--04-12", one("ce mercredi 12 avril", null, Set.of(2021, 2022))[0].lexical());
    }

    @Test
    void publicationDateResolvesDayAndMonthToTheLatestBeforeItPlusAWeek() {
        assertEquals("2024-01-03", one("le 3 janvier", "2024-01-05", Set.of())[0].lexical());
        assertEquals("2023-12-29", one("le 29 décembre", "2024-01-05", Set.of())[0].lexical());
        assertEquals("2024-01-10", one("le 10 janvier", "2024-01-05", Set.of())[0].lexical());
        assertEquals("publication date", one("le 10 janvier", "2024-01-05", Set.of())[0].inference());
    }

    @Test
    void bareWeekdayNeedsAPublicationDate() {
        assertNull(one("Lors d'une rencontre jeudi à Paris", null, Set.of()));
        assertEquals("2024-01-04", one("Lors d'une rencontre jeudi à Paris", "2024-01-06", Set.of())[0].lexical());
    }

    @Test
    void monthAndYear() {
        assertEquals("2019-06", one("un accord conclu en juin 2019", null, Set.of())[0].lexical());
    }

    @Test
    void aVietnameseGivenNameIsNotMay() {
        assertTrue(Dates.find("Le ministre Mai Van Tuan a reçu Mai Linh.").isEmpty());
        assertEquals("--05-04", one("Il est arrivé le 4 mai.", null, Set.of())[0].lexical());
    }

    @Test
    void dayAndMonthFormsAreThoseOfTheFormatter() {
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 31; day++) {
                assertEquals(String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day), Dates.monthDay(month, day));
            }
            for (int year : new int[] {0, 7, 99, 999, 1999, 2024, 10000}) {
                assertEquals(String.format(java.util.Locale.ROOT, "%04d-%02d", year, month), Dates.yearMonth(year, month));
            }
        }
        assertEquals("2023-10", one("en octobre 2023", null, Set.of())[0].lexical());
    }
}
