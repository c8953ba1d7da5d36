package dev.lakehouse.explorer.engine.delta;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which versions refer to some files, replayed from add and remove actions. */
class FileReferencesTest {
    private static final Path A = Path.of("/t/a.parquet");
    private static final Path B = Path.of("/t/b.parquet");
    private static final Path DV = Path.of("/t/deletion_vector_1.bin");
    private static final Path DV_A = Path.of("/t/deletion_vector_2.bin");

    private static FileReferences.Commit commit(long version, List<Path> removed, List<Path> added) {
        return new FileReferences.Commit(version, removed, added);
    }

    @Test
    void aFileIsReferencedFromItsAddUntilItsRemove() {
        var commits = List.of(commit(0, List.of(), List.of(A)), commit(1, List.of(), List.of(B)),
                commit(2, List.of(A), List.of()), commit(3, List.of(), List.of()));
        assertThat(FileReferences.of(Set.of(A), commits))
                .isEqualTo(new FileReferences.Referencing(false, Set.of(0L, 1L)));
    }

    @Test
    void aDeletionVectorFileSharedByTwoDataFilesStaysReferencedUntilBothLetGo() {
        var commits = List.of(commit(0, List.of(), List.of(A, B)),
                commit(1, List.of(A, B), List.of(A, DV, B, DV)),       // one DELETE: one DV file for both
                commit(2, List.of(A, DV), List.of(A, DV_A)),           // A's vector moves to a new file
                commit(3, List.of(B, DV), List.of(B)));                // B lets go last
        assertThat(FileReferences.of(Set.of(DV), commits).versions()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aFileAddedBeforeTheKeptLogIsReferencedFromTheStart() {
        var commits = List.of(commit(5, List.of(), List.of(B)), commit(6, List.of(A), List.of()));
        assertThat(FileReferences.of(Set.of(A), commits))
                .isEqualTo(new FileReferences.Referencing(true, Set.of(5L)));
    }

    @Test
    void aRemoveAndReAddInOneCommitKeepsTheFileReferenced() {
        var commits = List.of(commit(0, List.of(), List.of(A)), commit(1, List.of(A), List.of(A, DV)),
                commit(2, List.of(A, DV), List.of()));
        assertThat(FileReferences.of(Set.of(A, DV), commits).versions()).containsExactlyInAnyOrder(0L, 1L);
        assertThat(FileReferences.of(Set.of(B), commits).versions()).isEmpty();
    }
}
