package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    private static final ClassLoader LOADER = ConfiguredDataSourceTest.class.getClassLoader();

    @Test
    void theUrlUserAndPasswordReachTheDriversDataSource() throws SQLException {
        Map<String, String> settings = Map.of(ConfiguredDataSource.URL, "jdbc:h2:mem:configured-ds;DB_CLOSE_DELAY=-1",
                ConfiguredDataSource.USER, "gateway", ConfiguredDataSource.PASSWORD, "secret");

        DataSource dataSource = ConfiguredDataSource.create(settings::get, LOADER);

        try (Connection connection = dataSource.getConnection()) {
            assertEquals("GATEWAY", connection.getMetaData().getUserName());
            assertTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:mem:configured-ds"));
        }
    }

    @Test
    void aPoolWithoutAUserOfItsOwnGetsTheConfiguredOne() throws SQLException {
        ConfiguredDataSource pooled = new ConfiguredDataSource() {
            @Override
            DataSource target() throws SQLException {
                return ConfiguredDataSource.create(Map.of(ConfiguredDataSource.URL, "jdbc:h2:mem:pool-user;DB_CLOSE_DELAY=-1",
                        ConfiguredDataSource.USER, "gateway", ConfiguredDataSource.PASSWORD, "secret")::get, LOADER);
            }
        };

        try (Connection connection = pooled.getConnection(null, null)) {
            assertEquals("GATEWAY", connection.getMetaData().getUserName());
        }
    }

    @Test
    void theClassFollowsTheUrlUnlessItIsSet() throws SQLException {
        DataSource derived = ConfiguredDataSource.create(Map.of(ConfiguredDataSource.URL, "jdbc:h2:mem:x")::get, LOADER);
        assertEquals(DatabaseDefaults.H2, derived.getClass().getName());

        SQLException unknown = assertThrows(SQLException.class, () -> ConfiguredDataSource.create(Map.of(
                ConfiguredDataSource.URL, "jdbc:h2:mem:x", DatabaseDefaults.DATASOURCE_CLASS, "org.example.NoSuchDataSource")::get,
                LOADER));
        assertTrue(unknown.getMessage().contains("org.example.NoSuchDataSource")
                && unknown.getMessage().contains(DatabaseDefaults.DATASOURCE_CLASS), unknown.getMessage());
    }

    @Test
    void aClassThatIsNoDataSourceIsRefusedByName() {
        SQLException refused = assertThrows(SQLException.class, () -> ConfiguredDataSource.create(Map.of(
                DatabaseDefaults.DATASOURCE_CLASS, "java.lang.Object")::get, LOADER));
        assertTrue(refused.getMessage().contains("java.lang.Object is not a javax.sql.DataSource"), refused.getMessage());
    }
}
