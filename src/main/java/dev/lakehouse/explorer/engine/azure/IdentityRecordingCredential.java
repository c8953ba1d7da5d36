package dev.lakehouse.explorer.engine.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A credential that remembers who its last token was issued to (ids only, never the token), so that a 403 can say
 * which identity lacks the permission without another call to Entra ID or Graph.
 */
final class IdentityRecordingCredential implements TokenCredential {
    private final TokenCredential delegate;
    private final AtomicReference<SignedInIdentity> identity = new AtomicReference<>();
    private volatile boolean asked;

    IdentityRecordingCredential(TokenCredential delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        asked = true;
        return delegate.getToken(request).doOnNext(this::record);
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        asked = true;
        AccessToken token = delegate.getTokenSync(request);
        record(token);
        return token;
    }

    /** The identity of the last token, if it was a JWT. */
    Optional<SignedInIdentity> identity() {
        return Optional.ofNullable(identity.get());
    }

    /** True once the vault's sign-in challenge made the client ask for a token: a real vault always does. */
    boolean wasAsked() {
        return asked;
    }

    private void record(AccessToken token) {
        if (token != null) {
            SignedInIdentity.fromToken(token.getToken()).ifPresent(identity::set);
        }
    }

    @Override
    public String toString() {
        return "IdentityRecordingCredential[" + delegate.getClass().getSimpleName() + "]";
    }
}
