package dev.lakehouse.explorer.ui.home;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the Home panel's last action did: the sample load's progress, then its outcome. */
final class HomeBanners extends VBox {

    HomeBanners(HomeViewModel vm, ErrorPresenter errors) {
        super(8);
        var error = Banner.error(vm.error(), errors);
        error.setId("home-error");
        var notice = Banner.success(vm.noticeProperty(), vm::clearMessages);
        notice.setId("home-notice");
        getChildren().addAll(progress(vm), notice, error);
        // Empty banners take no room: the page starts with the engine strip, then the content.
        managedProperty().bind(vm.loadingSamplesProperty().or(vm.error().textProperty().isNotEmpty())
                .or(vm.noticeProperty().isNotEmpty()));
        visibleProperty().bind(managedProperty());
    }

    private static HBox progress(HomeViewModel vm) {
        var bar = new ProgressBar();
        bar.progressProperty().bind(vm.sampleProgressProperty());
        bar.setPrefWidth(220);
        var title = new Label("Creating the sample lakehouse");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        var message = new Label();
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(vm.sampleMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        var row = new HBox(12, title, bar, message);
        row.setId("home-sample-progress");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("banner", "banner-progress");
        row.visibleProperty().bind(vm.loadingSamplesProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
