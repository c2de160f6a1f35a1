package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a sentence reports an event as the news, recalls it or announces it. The trigger is the
 * word given in the second column; the story is told in 2024.
 */
class StandingTest {
    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            // the news, in every tense a wire story uses for it
            "Le ministre a reçu mardi l'ambassadeur du Chili. | reçu | happened",
            "Le président est arrivé à Lima pour une visite d'État de trois jours. | visite | happened",
            "Comme prévu, les deux ministres se sont entretenus à Rabat. | entretenus | happened",
            "Lors de leur entretien, ils ont salué les résultats de la précédente réunion. | entretien | happened",
            "Depuis son arrivée à Ankara, le ministre a rencontré trois homologues. | rencontré | happened",
            "Le Premier ministre a reçu à Jakarta le président de la Chambre. | reçu | happened",
            "Le ministre a déclaré que la coopération se renforcera après sa rencontre avec son homologue. | rencontre | happened",
            // recalled from before the story
            "Il a rappelé la visite officielle du président au Pérou, qui a ouvert une nouvelle page. | visite | background",
            "Les deux dirigeants se sont rencontrés pour la dernière fois à Oslo. | rencontrés | background",
            "Le ministre avait effectué une visite au Ghana au printemps. | visite | background",
            "Elle a évoqué sa précédente visite au Kenya. | visite | background",
            "La visite du chef de l'État au Maroc en juin 2019 a marqué un tournant. | visite | background",
            "Les deux ministres s'étaient déjà entretenus l'an dernier à Dakar. | entretenus | background",
            // announced
            "Le président effectuera une visite officielle au Brésil le mois prochain. | visite | announced",
            "Le ministre se rendra au Canada en mai. | rendra | announced",
            "La prochaine réunion du comité mixte aura lieu à Bogota. | réunion | announced",
            "Une visite du Premier ministre est prévue pour octobre. | visite | announced",
            "Les deux pays ont évoqué la prochaine visite du président à Lomé. | visite | announced",
            "Le ministre a reçu l'ambassadeur, qui effectuera une visite à Hué la semaine prochaine. | visite | announced",
    })
    void standingOfTheEventAtTheTrigger(String sentence, String trigger, String expected) {
        assertEquals(expected, Standing.of(sentence, sentence.indexOf(trigger), 2024).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le ministre a reçu l'ambassadeur, qui effectuera une visite à Hué la semaine prochaine. | reçu",
            "Le ministre s'est entretenu avec son homologue ; la prochaine session se tiendra à Quito. | entretenu",
    })
    void anAnnouncementInAnotherClauseLeavesTheNewsAsItIs(String sentence, String trigger) {
        assertEquals(Standing.HAPPENED, Standing.of(sentence, sentence.indexOf(trigger), 2024));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le ministre a reçu le 3 mai 2024 l'ambassadeur. | false",
            "Il a rappelé la visite du président en juin 2019. | true",
            "Ils s'étaient rencontrés en 2019 à Hanoï. | true",
            "Les deux parties se sont rencontrées pour la dernière fois en 2018. | true",
    })
    void aSentenceThatLooksBackIsNotTheStorysYear(String sentence, boolean retrospective) {
        assertEquals(retrospective, Standing.retrospective(sentence));
    }
}
