package dev.spgateway.report.control;

/**
 * Where a report being read asks for the heap its large arrays will take, before it allocates them, and
 * gives back what it no longer holds. A claim that cannot be met throws {@link ReportTooLarge}, so a report
 * that does not fit fails before the heap runs out instead of after.
 */
public interface HeapClaims {

    /** Claims nothing: for tables whose memory nobody budgets (tests, tools). */
    HeapClaims NONE = new HeapClaims() {
        @Override
        public void claim(long bytes) {
        }

        @Override
        public void release(long bytes) {
        }
    };

    void claim(long bytes);

    void release(long bytes);
}
