package org.diplograph.extract;

/**
 * A French word or phrase that signals a cooperation topic in a text ("pêche" for fisheries).
 *
 * @param word  the word as written; it is compared folded (case and accents ignored)
 * @param topic the topic's slug, the last segment of its concept's IRI ({@code id:topic/{slug}})
 */
public record TopicWord(String word, String topic) {}
