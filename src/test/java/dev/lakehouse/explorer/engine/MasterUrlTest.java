package dev.lakehouse.explorer.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterUrlTest {

    @Test
    void acceptsLocalAndStandaloneUrls() {
        assertThat(MasterUrl.parse(null).url()).isEqualTo("local[*]");
        assertThat(MasterUrl.parse("local[4]").isLocal()).isTrue();
        assertThat(MasterUrl.parse("spark://10.0.0.5:7077").isLocal()).isFalse();
        assertThat(MasterUrl.parse("spark://a:7077,b:7077").masters()).hasSize(2);
    }

    @Test
    void rejectsBadUrlsWithOneLine() {
        assertThatThrownBy(() -> MasterUrl.parse("yarnn"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Invalid --master 'yarnn': use local[*], local[N] or spark://HOST:PORT.");
        assertThatThrownBy(() -> MasterUrl.parse("spark://hostonly")).hasMessageContaining("'hostonly' is not HOST:PORT");
        assertThatThrownBy(() -> MasterUrl.parse("local[0]")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void unreachableMasterFailsFastWithClearMessage() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        MasterUrl url = MasterUrl.parse("spark://127.0.0.1:" + port);
        assertThatThrownBy(() -> url.checkReachable(1000))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageStartingWith("Cannot reach the Spark master at spark://127.0.0.1:" + port);
    }
}
