package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.Delivery;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DeliveryOptionsTest {

    @Command(name = "add")
    static final class Holder {
        @Mixin
        DeliveryOptions options;
    }

    private static Delivery parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.options.toDelivery();
    }

    @Test
    void withoutOptionsAWatchIsImmediateWithAFollowUpAtFiveOutlets() {
        assertThat(parse()).isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void aDailyDigestAtALocalTimeByEmailToSeveralAddresses() {
        assertThat(parse("--delivery", "daily", "--at", "07:30", "--zone", "Asia/Riyadh", "--email", "a@rasd.test",
                "--email", "b@rasd.test", "--follow-up-at", "8"))
                .isEqualTo(new Delivery(Delivery.Mode.DAILY, LocalTime.of(7, 30), "Asia/Riyadh",
                        List.of("a@rasd.test", "b@rasd.test"), 8));
    }

    @Test
    void anUnknownModeTimeOrZoneIsRefusedWithTheReason() {
        assertThatThrownBy(() -> parse("--delivery", "weekly")).hasMessageContaining("immediate, hourly or daily");
        assertThatThrownBy(() -> parse("--at", "7h")).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> parse("--zone", "Mars/Olympus")).hasMessageContaining("Asia/Riyadh");
    }
}
