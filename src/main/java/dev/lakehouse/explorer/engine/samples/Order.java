package dev.lakehouse.explorer.engine.samples;

import java.time.LocalDateTime;

/**
 * One web-shop order as it really happened, before the feed mangles it: the "truth" the medallion lessons aim to
 * recover. One order has one product line; times are shop-local (Amsterdam, UTC+01:00 in November).
 */
record Order(int number, LocalDateTime time, String customerId, String email, String country, String sku,
             int quantity, double unitPrice, String currency, String status) {

    String orderId() {
        return "ORD-" + number;
    }

    /** 0 for the first day of the feed. */
    int day() {
        return time.getDayOfMonth() - OrderBook.FIRST_DAY.getDayOfMonth();
    }
}
