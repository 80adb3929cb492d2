/** Conformance suites per participant role and the runner used by {@code tradecert certify}. */
package org.tradecert.conformance;
