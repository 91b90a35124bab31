package org.newsfuse.app.eval;

import picocli.CommandLine.Command;

/** {@code newsfuse eval}: measurements on evaluation datasets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure newsfuse on evaluation datasets.",
    subcommands = {RougeCheckCommand.class, SummarizeEvalCommand.class, TimelineEvalCommand.class,
        TrainConceptsCommand.class})
public final class EvalCommand {
}
