package dev.lakehouse.explorer.engine.azure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids a refusal names come from the token's claims; anything that is not a JWT names nobody. */
class SignedInIdentityTest {

    @Test
    void aUserTokenNamesTheUserAndTheirObjectId() {
        String token = jwt("{\"upn\":\"ada@contoso.com\",\"oid\":\"o-1\",\"azp\":\"app-1\",\"scp\":\"user_impersonation\"}");

        assertThat(SignedInIdentity.fromToken(token)).get().extracting(SignedInIdentity::describe)
                .isEqualTo("user ada@contoso.com, client id app-1, object id o-1");
    }

    @Test
    void aTokenThatIsNoJwtNamesNobody() {
        assertThat(SignedInIdentity.fromToken("opaque-token")).isEmpty();
        assertThat(SignedInIdentity.fromToken("a.%%%.c")).isEmpty();
        assertThat(SignedInIdentity.fromToken(null)).isEmpty();
    }

    private static String jwt(String claims) {
        var b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
