package dev.roundup;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once per database Roundup supports — H2 in PostgreSQL mode, then PostgreSQL —
 * each time on a fresh {@link ScratchDatabase}, which the test and its {@code @BeforeEach} methods
 * take as a parameter. So a store's contract is written once and holds on both. The PostgreSQL run
 * is skipped without a server, and fails on CI ({@link ScratchDatabase#postgresUrl()}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabase.class)
public @interface OnEachDatabase {}
