package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretReferenceTest {

    @Test
    void aWholeFieldReferenceParses() {
        assertThat(SecretReference.parse(" {{secrets/dev/storage-key}} ")).isEqualTo(new SecretReference("dev", "storage-key"));
        assertThat(SecretReference.isReference("{{ secrets/a.b/c_d }}")).isTrue();
        assertThat(SecretReference.isReference("key {{secrets/a/b}}")).isFalse();
    }

    @Test
    void aPastedValueIsNotEchoedWhole() {
        assertThatThrownBy(() -> SecretReference.parse("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"))
                .isInstanceOf(SecretException.class)
                .hasMessage("'Eby8vd…' is not a secret reference: write {{secrets/<scope>/<key>}}.");
    }

    @Test
    void everyReferenceInATextIsFoundAndReplaced() {
        String text = "a={{secrets/s/k1}}, b={{secrets/s/k2}}, c={{secrets/t/k1}}";
        assertThat(SecretReference.findAll(text)).extracting(SecretReference::toString)
                .containsExactly("{{secrets/s/k1}}", "{{secrets/s/k2}}", "{{secrets/t/k1}}");
        assertThat(SecretReference.replaceAll(text, r -> r.scope() + "$" + r.key()))
                .isEqualTo("a=s$k1, b=s$k2, c=t$k1");
    }
}
