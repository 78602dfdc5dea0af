package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenDatesTest {

    @Test
    void readsAmazonsReportDatesWithTheirZoneAbbreviation() {
        assertEquals(OffsetDateTime.parse("2021-03-15T18:22:31Z").toInstant(),
                OpenDates.parseReportDate("2021-03-15 10:22:31 PST").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2021-07-01T09:00:00Z").toInstant(),
                OpenDates.parseReportDate("2021-07-01 11:00:00 CEST").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2021-07-01T02:00:00Z").toInstant(),
                OpenDates.parseReportDate("2021-07-01 11:00:00 JST").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2022-01-01T00:00:00Z").toInstant(),
                OpenDates.parseReportDate("2022-01-01 00:00:00 Europe/London").orElseThrow().toInstant());
        assertTrue(OpenDates.parseReportDate("").isEmpty());
        assertTrue(OpenDates.parseReportDate("yesterday").isEmpty());
        assertTrue(OpenDates.parseReportDate("2021-13-15 10:22:31 PST").isEmpty());
        assertTrue(OpenDates.parseReportDate("2021-03-15 1O:22:31 PST").isEmpty());
        assertEquals(OffsetDateTime.parse("2021-03-15T18:22:31Z").toInstant(),
                OpenDates.parseReportDate("2021-03-15T10:22:31-08:00").orElseThrow().toInstant());
    }

    @Test
    void readsTheFilterShapesApi2CartClientsSend() {
        OffsetDateTime expected = OffsetDateTime.parse("2009-02-03T21:07:48Z");
        assertEquals(expected.toInstant(), OpenDates.parseFilter("2009-02-03 21:07:48").orElseThrow().toInstant());
        assertEquals(expected.toInstant(), OpenDates.parseFilter("2009-02-03T21:07:48").orElseThrow().toInstant());
        assertEquals(expected.toInstant(),
                OpenDates.parseFilter("2009-02-03T22:07:48+01:00").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2020-01-01T00:00:00Z").toInstant(),
                OpenDates.parseFilter("2020-01-01").orElseThrow().toInstant());
        assertTrue(OpenDates.parseFilter("01/02/2020").isEmpty());
    }

    @Test
    void answersApi2CartDateObjectsInUtc() {
        Map<String, Object> date = OpenDates.api2CartDate(OffsetDateTime.parse("2024-03-14T11:19:19-07:00"));

        assertEquals("2024-03-14T18:19:19+0000", date.get("value"));
        assertEquals("Y-m-d\\TH:i:sO", date.get("format"));
    }
}
