package org.diplograph.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.DiplographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus of generated French wire stories for measuring speed and scale, with the facts each
 * story was written to state.
 *
 * <p>{@link #write} makes {@code OUT/pages/KEY.txt} (or {@code .html}) and
 * {@code OUT/answers/KEY.json} in the facts format, for stories {@code 0..count-1}. The same seed
 * gives byte-identical files; stories are made and written one at a time, so any count is written
 * in bounded memory. About 6% of the stories repeat an earlier one with small changes, and their
 * answer says which ({@code duplicate_of}).
 *
 * <p>The generator shares no table or pattern with the extractor, so extraction scored on it is a
 * robustness figure (does the extractor hold up on many unseen names, countries and phrasings),
 * not a measure of quality on real stories.
 */
public final class Corpus {
    private static final Logger LOG = LoggerFactory.getLogger(Corpus.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@link #write} wrote: counts, characters of the pages' text, and where. */
    public record Written(int articles, int duplicates, long characters, Path pages, Path answers) {}

    private final long seed;
    private final int count;
    private final boolean html;
    private final StoryMaker maker;

    private Corpus(Builder b) {
        this.seed = b.seed;
        this.count = b.count;
        this.html = b.html;
        this.maker = new StoryMaker(seed, count);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options: {@code seed} (default 1), {@code count} (default 1000), {@code html} (default plain text). */
    public static final class Builder {
        private long seed = 1;
        private int count = 1000;
        private boolean html;

        private Builder() {}

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder count(int count) {
            if (count < 0) throw new DiplographException("the article count must be 0 or more, not " + count);
            this.count = count;
            return this;
        }

        public Builder html(boolean html) {
            this.html = html;
            return this;
        }

        public Corpus build() {
            return new Corpus(this);
        }
    }

    /** The key of story {@code i} (its file name without extension). */
    public String key(int i) {
        return maker.key(i);
    }

    /** The page of story {@code i}, as it is written to its file. */
    public String page(int i) {
        Story s = maker.story(i);
        return html ? Render.html(s) : Render.text(s);
    }

    /** The answer of story {@code i} in the facts format, one JSON object on one line. */
    public String answer(int i) {
        return answer(maker.story(i));
    }

    /** Writes the pages and their answers under {@code out}, replacing files of the same names. */
    public Written write(Path out) {
        Path pages = out.resolve("pages");
        Path answers = out.resolve("answers");
        int duplicates = 0;
        long characters = 0;
        try {
            Files.createDirectories(pages);
            Files.createDirectories(answers);
            for (int i = 0; i < count; i++) {
                Story s = maker.story(i);
                String page = html ? Render.html(s) : Render.text(s);
                characters += page.length();
                if (s.duplicateOf() != null) duplicates++;
                Files.writeString(pages.resolve(s.key() + (html ? ".html" : ".txt")), page, StandardCharsets.UTF_8);
                try (Writer w = Files.newBufferedWriter(answers.resolve(s.key() + ".json"), StandardCharsets.UTF_8)) {
                    w.write(answer(s));
                }
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot write the corpus to " + out + ": " + e.getMessage(), e);
        }
        LOG.info("Corpus: {} articles ({} repeating an earlier one), seed {}, written to {}", count, duplicates, seed, out);
        return new Written(count, duplicates, characters, pages, answers);
    }

    private static String answer(Story s) {
        Story.Facts f = s.facts();
        ObjectNode o = JSON.createObjectNode();
        o.put("article", s.key());
        o.put("duplicate_of", s.duplicateOf());
        strings(o.putArray("countries"), f.countries());
        ArrayNode pairs = o.putArray("pairs");
        for (List<String> p : f.pairs()) strings(pairs.addArray(), p);
        ArrayNode persons = o.putArray("persons");
        for (Story.Person p : f.persons()) persons.addObject().put("name", p.name()).put("country", p.country()).put("role", p.role());
        ArrayNode orgs = o.putArray("organizations");
        for (Story.Org g : f.organizations()) {
            orgs.addObject().put("name", g.name()).putNull("acronym").put("country", g.country()).put("kind", g.kind());
        }
        ArrayNode agreements = o.putArray("agreements");
        for (Story.Agreement a : f.agreements()) {
            ObjectNode n = agreements.addObject().put("type", a.type()).put("topic", a.topic());
            strings(n.putArray("parties"), a.parties());
            n.put("date", a.date()).put("place", a.place());
            strings(n.putArray("signatories"), a.signatories());
        }
        ArrayNode meetings = o.putArray("meetings");
        for (Story.Meeting m : f.meetings()) {
            ObjectNode n = meetings.addObject();
            strings(n.putArray("participants"), m.participants());
            n.put("date", m.date());
            if (m.end() != null) n.put("end", m.end());
            n.put("place", m.place()).put("kind", m.kind());
        }
        o.put("notes", "generated");
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new DiplographException("Cannot write the answer of " + s.key() + ": " + e.getMessage(), e);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        for (String v : values) a.add(v);
    }
}
