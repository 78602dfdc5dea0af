package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseDefaultsTest {

    @Test
    void postgresqlUrlsGetThePostgresqlDataSource() {
        assertEquals(DatabaseDefaults.POSTGRESQL,
                DatabaseDefaults.dataSourceClassFor("jdbc:postgresql://db:5432/spgateway"));
    }

    @Test
    void everythingElseIsTheEmbeddedH2() {
        assertEquals(DatabaseDefaults.H2, DatabaseDefaults.dataSourceClassFor("jdbc:h2:file:./data/spgateway"));
        assertEquals(DatabaseDefaults.H2, DatabaseDefaults.dataSourceClassFor(null));
    }
}
