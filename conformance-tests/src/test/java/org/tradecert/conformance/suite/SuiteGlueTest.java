package org.tradecert.conformance.suite;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.EXECUTION_DRY_RUN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

/**
 * Every suite through Cucumber's JUnit Platform engine, as an IDE runs a feature file, in
 * dry-run mode: each step must match exactly one step definition of the glue, or the build
 * fails naming the step. Certifications run the same files through {@code tradecert certify}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("org/tradecert/conformance/suites")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.tradecert.conformance.glue")
@ConfigurationParameter(key = EXECUTION_DRY_RUN_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
class SuiteGlueTest {
}
