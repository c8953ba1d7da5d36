package dev.lakehouse.explorer.engine.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.SecretException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class LocalScopeFileTest {
    private static final int FAST = 1_000;
    private static final String VALUE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu";
    @TempDir
    Path dir;

    private LocalScopeFile scopeWith(Map<String, String> secrets) {
        LocalScopeFile f = new LocalScopeFile(dir.resolve("dev.scope"), "dev", FAST);
        f.create("correct horse".toCharArray());
        f.write(secrets);
        return f;
    }

    @Test
    void secretsSurviveANewSessionAndTheFileHoldsNeitherValueNorItsBase64() throws Exception {
        scopeWith(Map.of("key", VALUE));
        LocalScopeFile again = new LocalScopeFile(dir.resolve("dev.scope"), "dev", FAST);
        assertThat(again.isUnlocked()).isFalse();
        assertThat(again.unlock("correct horse".toCharArray())).containsExactly(Map.entry("key", VALUE));
        assertThat(again.isUnlocked()).isTrue();

        String text = Files.readString(dir.resolve("dev.scope"));
        assertThat(text).doesNotContain(VALUE)
                .doesNotContain(Base64.getEncoder().encodeToString(VALUE.getBytes(StandardCharsets.UTF_8)))
                .contains("\"format\" : \"lakehouse-secrets/1\"", "\"kdf\" : \"PBKDF2WithHmacSHA256\"",
                        "\"cipher\" : \"AES/GCM/NoPadding\"");
    }

    @Test
    void theRealIterationCountIsWrittenAndReadBack() throws Exception {
        LocalScopeFile f = new LocalScopeFile(dir.resolve("prod.scope"), "prod");
        f.create("pass phrase".toCharArray());
        f.write(Map.of("k", "value-1234"));
        assertThat(json(dir.resolve("prod.scope")).get("iterations").intValue()).isEqualTo(600_000);
        LocalScopeFile again = new LocalScopeFile(dir.resolve("prod.scope"), "prod", FAST); // the file's count wins
        assertThat(again.unlock("pass phrase".toCharArray())).containsEntry("k", "value-1234");
    }

    @Test
    void theNonceChangesOnEveryWriteAndTheSaltPerFile() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "1111"));
        String nonce1 = json(f.file()).get("nonce").asText();
        String salt1 = json(f.file()).get("salt").asText();
        f.write(Map.of("a", "1111"));
        assertThat(json(f.file()).get("nonce").asText()).isNotEqualTo(nonce1);
        assertThat(json(f.file()).get("salt").asText()).isEqualTo(salt1);
        assertThat(Base64.getDecoder().decode(salt1)).hasSizeGreaterThanOrEqualTo(16);

        LocalScopeFile other = new LocalScopeFile(dir.resolve("other.scope"), "other", FAST);
        other.create("correct horse".toCharArray());
        assertThat(json(other.file()).get("salt").asText()).isNotEqualTo(salt1);
    }

    @Test
    void aWrongPassphraseIsSaidSoAndLeavesTheFileByteIdentical() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        byte[] before = Files.readAllBytes(f.file());
        LocalScopeFile again = new LocalScopeFile(f.file(), "dev", FAST);
        assertThatThrownBy(() -> again.unlock("wrong".toCharArray())).isInstanceOf(SecretException.class)
                .hasMessage("Wrong passphrase for scope 'dev' (the scope file is unchanged).");
        assertThat(again.isUnlocked()).isFalse();
        assertThat(Files.readAllBytes(f.file())).isEqualTo(before);
    }

    @Test
    void aTruncatedFileIsDamagedAndKept() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        byte[] all = Files.readAllBytes(f.file());
        byte[] cut = Arrays.copyOf(all, all.length / 2);
        Files.write(f.file(), cut);
        assertDamaged(f.file(), cut);
    }

    @Test
    void aFlippedBitInTheCiphertextIsDamagedAndKept() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        ObjectNode n = json(f.file());
        byte[] data = Base64.getDecoder().decode(n.get("data").asText());
        data[0] ^= 0x01;
        n.put("data", Base64.getEncoder().encodeToString(data));
        byte[] tampered = new ObjectMapper().writeValueAsBytes(n);
        Files.write(f.file(), tampered);
        assertDamaged(f.file(), tampered);
    }

    @Test
    void aChangedHeaderIsDetectedBecauseItIsAuthenticated() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        ObjectNode n = json(f.file());
        byte[] nonce = Base64.getDecoder().decode(n.get("nonce").asText());
        nonce[3] ^= 0x40;
        n.put("nonce", Base64.getEncoder().encodeToString(nonce));
        byte[] tampered = new ObjectMapper().writeValueAsBytes(n);
        Files.write(f.file(), tampered);
        assertDamaged(f.file(), tampered);
    }

    @Test
    void aFileThatIsNotAScopeFileIsDamaged() throws Exception {
        Path p = dir.resolve("x.scope");
        byte[] junk = "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(p, junk);
        assertDamaged(p, junk);
    }

    @Test
    void theFileIsOwnerOnly() throws Exception {
        LocalScopeFile f = scopeWith(Map.of());
        assumeThat(f.file().getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f.file()))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f.file()); // no temporary file left behind
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndThePassphraseWiped() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        byte[] before = Files.readAllBytes(f.file());
        char[] pass = "another".toCharArray();
        assertThatThrownBy(() -> new LocalScopeFile(f.file(), "dev", FAST).create(pass))
                .isInstanceOf(SecretException.class).hasMessageContaining("already exists");
        assertThat(pass).containsOnly('\0');
        assertThat(Files.readAllBytes(f.file())).isEqualTo(before);
    }

    @Test
    void damageFoundInAnOpenSessionIsNeverOverwritten() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        LocalScope scope = new LocalScope("dev", f);
        byte[] cut = Arrays.copyOf(Files.readAllBytes(f.file()), 40);
        Files.write(f.file(), cut);
        assertThatThrownBy(() -> scope.put("b", "secret-b")).isInstanceOf(SecretException.class)
                .hasMessageContaining("is damaged or not a Lakehouse Explorer scope file");
        assertThatThrownBy(() -> scope.delete("a")).isInstanceOf(SecretException.class);
        assertThat(Files.readAllBytes(f.file())).isEqualTo(cut);
    }

    @Test
    void aScopeReCreatedElsewhereAsksForItsPassphraseAgain() throws Exception {
        LocalScopeFile f = scopeWith(Map.of("a", "secret-a"));
        Files.delete(f.file());
        new LocalScopeFile(f.file(), "dev", FAST).create("new pass".toCharArray());
        assertThatThrownBy(f::read).isInstanceOf(SecretException.class).hasMessageContaining("was re-created");
        assertThat(f.isUnlocked()).isFalse();
        assertThat(f.unlock("new pass".toCharArray())).isEmpty();
    }

    private static void assertDamaged(Path file, byte[] expectedBytes) throws Exception {
        LocalScopeFile again = new LocalScopeFile(file, "dev", FAST);
        assertThatThrownBy(() -> again.unlock("correct horse".toCharArray())).isInstanceOf(SecretException.class)
                .hasMessageStartingWith("Scope file " + file + " is damaged or not a Lakehouse Explorer scope file: ")
                .message().doesNotContain("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(expectedBytes);
    }

    private static ObjectNode json(Path p) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(p.toFile());
    }
}
