package org.diplograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar target/diplograph.jar COMMAND}. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = Main.BuildVersion.class,
        description = "A knowledge graph of bilateral diplomatic relations from French wire stories.")
public final class Main implements Runnable {
    /** {@code --version}: the build's own version, the one the console shows. */
    static final class BuildVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"diplograph " + org.diplograph.Version.get()};
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // subcommands: one line each
        cl.addSubcommand(new UpCommand());
        cl.addSubcommand(new IngestCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new QueryCommand());
        cl.setExpandAtFiles(false).addSubcommand(new SparqlCommand());   // @FILE is sparql's, not picocli's
        cl.addSubcommand(new ExportFactsCommand());
        cl.addSubcommand(new ExplainCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new BenchCommand());
        BenchCommands.addTo(cl.getSubcommands().get("bench"));
        cl.addSubcommand(new RemoveCommand());
        cl.addSubcommand(new CorpusCommand());
        cl.addSubcommand(new RecountCommand());
        cl.addSubcommand(new LoadCommand());
        cl.addSubcommand(new TextIndexCommand());
        cl.addSubcommand(new CompactCommand());
        cl.addSubcommand(new SnapshotCommand());
        CurationCommands.addTo(cl);
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
