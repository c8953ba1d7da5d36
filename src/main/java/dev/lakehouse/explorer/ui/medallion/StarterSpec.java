package dev.lakehouse.explorer.ui.medallion;

/** What New puts in the editor: a small, valid flow from a landing folder to gold that shows every part of a step. */
final class StarterSpec {
    static final String TEXT = """
            # A medallion pipeline: raw files -> bronze -> silver -> gold.
            # Relative paths are read from this file's folder; ${landing} can be changed per run.
            pipeline: new_pipeline
            description: Orders from the landing folder, cleaned and summed up per day.
            parameters:
              landing: ./landing
            steps:
              - name: bronze_orders
                source: {format: csv, path: "${landing}/orders", options: {header: "true"}}
                target: bronze.orders
              - name: silver_orders
                from: bronze_orders
                columns:
                  order_id: CAST(order_id AS BIGINT)
                  amount: CAST(amount AS DECIMAL(12,2))
                  order_date: TO_DATE(order_ts)
                expectations:
                  - {name: id_present, rule: "order_id IS NOT NULL", action: quarantine}
                  - {name: amount_positive, rule: "amount > 0", action: drop}
                dedupe: {key: [order_id]}
                write: {mode: merge, key: [order_id]}
                target: silver.orders
              - name: gold_daily_revenue
                sql: "SELECT order_date, SUM(amount) AS revenue FROM silver.orders GROUP BY order_date"
                target: gold.daily_revenue
            """;

    private StarterSpec() {
    }
}
