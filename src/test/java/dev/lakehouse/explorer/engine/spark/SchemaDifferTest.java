package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDifferTest {
    private static StructType ddl(String ddl) {
        return StructType.fromDDL(ddl);
    }

    @Test
    void listsAddedRemovedAndRetypedColumnsWithDottedNestedNames() {
        SchemaDiff d = SchemaDiffer.diff(
                ddl("id INT, name STRING, address STRUCT<city: STRING, zip: INT>, items ARRAY<STRUCT<sku: STRING, qty: INT>>, "
                        + "attrs MAP<STRING, STRUCT<unit: STRING>>, `a.b` INT"),
                ddl("id BIGINT, address STRUCT<city: STRING, zip: STRING, country: STRING>, "
                        + "items ARRAY<STRUCT<sku: STRING>>, attrs MAP<STRING, STRUCT<unit: STRING, scale: INT>>, `a.b` INT, email STRING"));
        assertThat(d.added()).containsExactly("address.country", "attrs.value.scale", "email");
        assertThat(d.removed()).containsExactly("name", "items.element.qty");
        assertThat(d.changed()).containsExactly(new SchemaDiff.ColumnChange("id", "int", "bigint"),
                new SchemaDiff.ColumnChange("address.zip", "int", "string"));
    }

    @Test
    void nullabilityAndShapeChangesAreChanges() {
        StructType from = new StructType().add("id", DataType.fromDDL("int"), false).add("tags", DataType.fromDDL("array<int>"));
        StructType to = new StructType().add("id", DataType.fromDDL("int"), true).add("tags", DataType.fromDDL("string"));
        assertThat(SchemaDiffer.diff(from, to).changed()).containsExactly(
                new SchemaDiff.ColumnChange("id", "int not null", "int"),
                new SchemaDiff.ColumnChange("tags", "array<int>", "string"));
        assertThat(SchemaDiffer.diff(from, from).isEmpty()).isTrue();
    }
}
