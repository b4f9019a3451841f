/** The database: connection pool, Flyway migrations, and small repositories over plain JDBC that run on H2 and PostgreSQL alike. */
package dev.roundup.store;
