package org.diplograph.cli;

import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diplograph.pipeline.Ingest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a load has gone through its files: a progress bar on a terminal, a plain log line
 * every {@value #LOG_EVERY} files otherwise (a pipe or a CI log has no use for a bar's redraws). Small
 * loads show nothing: below {@value #MIN_FILES} files the load is over before a bar would help.
 */
final class ReadProgress implements Ingest.Progress, AutoCloseable {
    static final int MIN_FILES = 20;
    static final int LOG_EVERY = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ReadProgress.class);
    /** An article's origin less its record number or teaser mark: the file it came from. */
    private static final Pattern NOT_FILE = Pattern.compile("(?: \\(teaser \\d+\\))?(?:[#:]\\d+)?$");

    private final int files;
    private final ProgressBar bar;
    private String lastFile;
    private int filesSeen;
    private final int[] teasers = new int[Ingest.Outcome.values().length];

    ReadProgress(int files, boolean terminal) {
        this.files = files;
        this.bar = terminal && files >= MIN_FILES
                ? new ProgressBarBuilder().setTaskName("Reading").setInitialMax(files).setUnit(" files", 1)
                        .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()
                : null;
    }

    @Override
    public void article(String origin, String key, Ingest.Outcome outcome) {
        if (key != null && key.contains("~teaser-")) teasers[outcome.ordinal()]++;
        String file = NOT_FILE.matcher(origin).replaceFirst("");
        if (file.equals(lastFile)) return;
        lastFile = file;
        filesSeen++;
        if (bar != null) bar.stepTo(filesSeen);
        else if (files >= MIN_FILES && filesSeen % LOG_EVERY == 0) LOG.info("Read {} of {} files", filesSeen, files);
    }

    /** Teasers read as articles of their own with this outcome. */
    int teasers(Ingest.Outcome outcome) {
        return teasers[outcome.ordinal()];
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(files);
            bar.close();
        }
    }
}
