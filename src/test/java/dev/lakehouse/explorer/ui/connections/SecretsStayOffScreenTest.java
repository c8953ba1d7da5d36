package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.InlineError;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After secrets were typed, stored and used, no property or list of any view-model of the panel holds a secret
 * value: the whole object graph of the panel's view-models is walked by reflection and every observable read.
 */
class SecretsStayOffScreenTest {
    private static final String TYPED = "sv=2026-01-01&sig=TOPSECRET";
    private final ConnectionsFixture fx = new ConnectionsFixture();
    private final ConnectionsViewModel panel = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());

    @Test
    void noPropertyHoldsASecretValueAfterSavingOrUsingIt() throws Exception {
        panel.refresh();
        panel.select(ScopeDefinition.local("class"));
        panel.scope().newKeyProperty().set("sas");
        panel.scope().newValueProperty().set(TYPED);
        panel.scope().addSecret();
        panel.newConnection();
        panel.form().nameProperty().set("with-sas");
        panel.form().authProperty().set(dev.lakehouse.explorer.engine.connections.StorageAuth.SAS);
        panel.form().containerProperty().set("lakehouse");
        panel.form().picker().load();
        panel.form().picker().pick("class", "sas");
        panel.form().save();
        panel.form().test();
        panel.workshop().run(); // stores the Azurite key

        assertThat(fx.secrets.values.get("class")).containsEntry("sas", TYPED);
        List<String> seen = new ArrayList<>();
        walk(panel, new IdentityHashMap<>(), seen);
        assertThat(seen).hasSizeGreaterThan(50); // the walk did reach the sub-view-models
        assertThat(seen).noneMatch(v -> v.contains(TYPED) || v.contains("TOPSECRET")
                || v.contains(ConnectionsFixture.KEY_VALUE) || v.contains("Eby8vdM02"));
    }

    /** Reads every observable value and list held by objects of this package, recursively. */
    private static void walk(Object object, Map<Object, Boolean> visited, List<String> seen) throws Exception {
        if (object == null || visited.put(object, true) != null) {
            return;
        }
        for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                read(field.get(object), visited, seen);
            }
        }
    }

    private static void read(Object value, Map<Object, Boolean> visited, List<String> seen) throws Exception {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                seen.add(String.valueOf(item));
                if (mine(item)) {
                    walk(item, visited, seen);
                }
            }
        } else if (value instanceof ObservableValue<?> observable) {
            seen.add(String.valueOf(observable.getValue()));
        } else if (value instanceof InlineError error) {
            seen.add(error.text());
        } else if (mine(value)) {
            walk(value, visited, seen);
        }
    }

    private static boolean mine(Object value) {
        return value != null && value.getClass().getPackageName().equals(SecretsStayOffScreenTest.class.getPackageName());
    }
}
