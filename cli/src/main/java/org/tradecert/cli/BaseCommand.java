package org.tradecert.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** What every leaf command shares: access to the run's language and output. */
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected Cli cli() {
        return ((TradecertCommand) spec.root().userObject()).cli();
    }
}
