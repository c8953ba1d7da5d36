package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.QueryException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {

    @Test
    void anEngineErrorKeepsItsOwnMessage() {
        var e = new QueryException("Table bronze.orders does not exist", new IllegalStateException("internal"));

        assertThat(ErrorText.summary(e)).isEqualTo("Table bronze.orders does not exist");
    }

    @Test
    void anEngineErrorIsFoundUnderWrappers() {
        var e = new ExecutionException(new QueryException("Column x is ambiguous"));

        assertThat(ErrorText.summary(e)).isEqualTo("Column x is ambiguous");
    }

    @Test
    void anythingElseIsAnUnexpectedError() {
        assertThat(ErrorText.summary(new IllegalStateException("cursor gone"))).isEqualTo("Unexpected error: cursor gone");
        assertThat(ErrorText.summary(new NullPointerException())).isEqualTo("Unexpected error: NullPointerException");
    }

    @Test
    void detailsHoldTheStackTrace() {
        assertThat(ErrorText.details(new IllegalStateException("boom")))
                .contains("IllegalStateException: boom").contains("at dev.lakehouse.explorer");
    }
}
